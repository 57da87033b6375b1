/**
 * Localization: the one layer through which every front end writes text a person reads, in
 * English, Spanish or Brazilian Portuguese ({@link org.govmodel.dsl.i18n.Language}). Message
 * bundles are ICU message-format patterns ({@link org.govmodel.dsl.i18n.Messages}); the model's
 * enumerated values have reader's words ({@link org.govmodel.dsl.i18n.Vocabulary}).
 */
package org.govmodel.dsl.i18n;

package org.govmodel.dsl.ui.navigation;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.ModelSnapshots;

/** Ctrl+click (F3's cousin) on a reference opens its definition, in another file or in the library. */
public class GovModelHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		Definitions.Definition definition = GovModelUiPlugin.get(ModelSnapshots.class).read(viewer.getDocument(),
				snapshot -> GovModelUiPlugin.get(Definitions.class).at(snapshot, region.getOffset()));
		if (definition == null) {
			return null;
		}
		return new IHyperlink[] { new DefinitionHyperlink(definition) };
	}

	/** A link to one definition. */
	public static class DefinitionHyperlink implements IHyperlink {
		private final Definitions.Definition definition;

		DefinitionHyperlink(Definitions.Definition definition) {
			this.definition = definition;
		}

		public Definitions.Definition definition() {
			return definition;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return new Region(definition.sourceOffset(), definition.sourceLength());
		}

		@Override
		public String getTypeLabel() {
			return "GovModel definition";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Definition";
		}

		@Override
		public void open() {
			try {
				Navigation.open(definition.targetFile(), definition.targetRegion());
			} catch (CoreException e) {
				GovModelUiPlugin.log("Cannot open " + definition.targetFile(), e);
			}
		}
	}
}

package org.govmodel.dsl.ui.model;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/** Syntax, linking and every governance rule: the language's validator, as the command line runs it. */
public class ModelValidation {

	@Inject
	private IResourceValidator validator;

	public List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return validator.validate(resource, CheckMode.ALL, cancel);
	}
}

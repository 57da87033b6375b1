package org.govmodel.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the models: syntax, references and governance rules. Errors fail the build. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractGovModelMojo {

	@Override
	protected void executeGoal() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info(say().text("skipped.validate"));
			return;
		}
		check(modelFiles());
	}
}

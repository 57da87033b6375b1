package org.govmodel.cli;

import org.govmodel.dsl.build.BuildInfo;

import picocli.CommandLine;

/** The version printed by {@code govmodel --version}: the project version and the commit it was built from. */
class Version implements CommandLine.IVersionProvider {
	@Override
	public String[] getVersion() {
		return new String[] { "govmodel " + BuildInfo.current().describe() };
	}
}

package org.govmodel.cli;

import picocli.CommandLine;

/** The version printed by {@code govmodel --version}, from the jar's manifest. */
class Version implements CommandLine.IVersionProvider {
	@Override
	public String[] getVersion() {
		String version = GovModelCli.class.getPackage().getImplementationVersion();
		return new String[] { "govmodel " + (version == null ? "(development build)" : version) };
	}
}

package org.govmodel.cli;

import com.google.inject.Injector;

import picocli.CommandLine;

/** Lets picocli create commands through Guice, so they receive the language's services. */
class GuiceFactory implements CommandLine.IFactory {

	private final Injector injector;

	GuiceFactory(Injector injector) {
		this.injector = injector;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		if (type.getName().startsWith("org.govmodel.")) {
			return injector.getInstance(type);
		}
		return CommandLine.defaultFactory().create(type);
	}
}

// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { parseJavaVersion, javaCandidates, findJava, serverCommand, serverJar, JavaError, runJavaVersion } = require('../../src/java');

test('parses the major version of java -version for every vendor style', () => {
	assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
	assert.equal(parseJavaVersion('java version "1.8.0_381"\nJava(TM) SE Runtime Environment'), 8);
	assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
	assert.equal(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), 22);
	assert.equal(parseJavaVersion('java version "11.0.2" 2019-01-15 LTS'), 11);
	assert.equal(parseJavaVersion('Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "25" 2025-09-16'), 25);
	assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
});

test('tries the setting, then JAVA_HOME, then the PATH', () => {
	const candidates = javaCandidates({ javaHome: '/opt/jdk-21', env: { JAVA_HOME: '/usr/lib/jvm/java-17' }, platform: 'linux' });
	assert.deepEqual(candidates.map((c) => c.java), [path.join('/opt/jdk-21', 'bin', 'java'), path.join('/usr/lib/jvm/java-17', 'bin', 'java'), 'java']);
	assert.deepEqual(javaCandidates({ javaHome: ' ', env: {}, platform: 'win32' }).map((c) => c.java), ['java.exe']);
});

/** A fake machine: which files exist and what each java says. */
function machine(/** @type {Record<string, string | Error>} */ javas) {
	return {
		exists: (/** @type {string} */ file) => file in javas,
		version: async (/** @type {string} */ java) => {
			const answer = javas[java] ?? new Error(`spawn ${java} ENOENT`);
			if (answer instanceof Error) {
				throw answer;
			}
			return answer;
		},
	};
}

test('takes the first Java 17+ and says where it came from', async () => {
	const found = await findJava({ javaHome: null, env: { JAVA_HOME: '/jdk8' }, platform: 'linux',
		...machine({ [path.join('/jdk8', 'bin', 'java')]: 'java version "1.8.0_381"', java: 'openjdk version "17.0.15"' }) });
	assert.deepEqual(found, { java: 'java', version: 17, source: 'the PATH' });
});

test('no Java at all: an error that says what to install and which setting to set', async () => {
	await assert.rejects(findJava({ javaHome: null, env: {}, platform: 'linux', ...machine({}) }), (/** @type {JavaError} */ error) => {
		assert.ok(error instanceof JavaError);
		assert.match(error.message, /needs Java 17 or newer, but no java was found on the PATH/);
		assert.match(error.message, /govmodel\.java\.home/);
		assert.match(error.message, /Restart Language Server/);
		return true;
	});
});

test('an old Java is named with its version', async () => {
	await assert.rejects(findJava({ javaHome: null, env: {}, platform: 'linux', ...machine({ java: 'openjdk version "11.0.2"' }) }),
		/java \(from the PATH\) is Java 11/);
});

test('a wrong govmodel.java.home is reported, not passed over for another Java', async () => {
	await assert.rejects(findJava({ javaHome: '/nowhere', env: {}, platform: 'linux', ...machine({ java: 'openjdk version "21"' }) }),
		/the setting govmodel\.java\.home points to \/nowhere, which has no java in bin\//);
});

test('the server command line: java, VM options, -jar and the bundled jar', () => {
	assert.deepEqual(serverCommand({ java: '/jdk/bin/java', jar: '/ext/server/govmodel-language-server.jar', vmargs: ['-Xmx1g', ' '] }),
		{ command: '/jdk/bin/java', args: ['-Xmx1g', '-jar', '/ext/server/govmodel-language-server.jar'] });
	assert.equal(serverJar({ extensionPath: '/ext', configured: null }), path.join('/ext', 'server', 'govmodel-language-server.jar'));
	assert.equal(serverJar({ extensionPath: '/ext', configured: '/my/server.jar' }), '/my/server.jar');
});

test('runs the real java of this machine (Java 17+ is what builds the project)', async () => {
	const found = await findJava({ javaHome: process.env.JAVA_HOME ?? null });
	assert.ok(found.version >= 17, JSON.stringify(found));
	assert.match(await runJavaVersion(found.java), /version "/);
	await assert.rejects(runJavaVersion('/no/such/java'));
});

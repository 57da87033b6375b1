/**
 * The command line's background process: a JVM that outlives a run, so that
 * repeated runs ({@code govmodel validate} after each edit, a pre-commit hook)
 * skip the JVM's start, the class loading and the language's injector, which
 * take most of a short run (see docs/performance.md, "Command-line start-up").
 * <p>
 * {@link org.govmodel.cli.daemon.DaemonClient} is the launcher's entry point:
 * it hands the command to the process that serves its caller's exact
 * circumstances (the same build, Java, JVM options, working folder and
 * environment, so every relative path, message language and setting reads as
 * in a fresh JVM), starting that process if there is none, and runs the
 * command itself whenever the process cannot serve it.
 * {@link org.govmodel.cli.daemon.CommandDaemon} is the process.
 */
package org.govmodel.cli.daemon;

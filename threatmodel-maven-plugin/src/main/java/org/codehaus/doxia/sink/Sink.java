package org.codehaus.doxia.sink;

/**
 * Stand-in for the Doxia 1 sink type that maven-site-plugin before 3.20 passes to a report (its maven-reporting-api 3
 * declares {@code generate(org.codehaus.doxia.sink.Sink, Locale)}), so that {@code ReportMojo} can declare that method
 * and Maven can inspect the Mojo's methods where no such site plugin is present. Under an old site plugin, its own
 * type is imported into the plugin's class realm ahead of this one; nothing ever calls a method of it here.
 */
public interface Sink {
}

package dev.threatmodel.load;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ThreatModel;
import java.util.Set;

/**
 * A format of another tool that the loader can read (OWASP Threat Dragon, Open Threat Model, Microsoft Threat
 * Modeling Tool, ...). {@link ModelLoader} knows formats only through this interface: it asks each registered
 * importer ({@link ModelImporters}) whether it recognises a file's content, and lets the first that does read it; a
 * file no importer recognises is read as the native format.
 *
 * <p>Adding a format is one package with a class implementing this interface, plus one line naming that class in
 * {@code META-INF/services/dev.threatmodel.load.ModelImporter}. An importer keeps no state between files.
 */
public interface ModelImporter {

    /** The format's name as messages show it, such as "OWASP Threat Dragon". */
    String formatName();

    /**
     * What the format cannot record. The importer puts these on every model it reads, and the rules that need such
     * a fact say once per model that it is missing and how a companion file supplies it.
     */
    Set<FormatGap> gaps();

    /**
     * Whether the file is in this format, decided by its content and never by its name. Recognising should not read
     * the whole file a second time: {@link ModelSource} parses the JSON or YAML tree once for all importers.
     */
    boolean recognises(ModelSource source);

    /**
     * Reads the model. Every part carries the location (line, column) of its entry in the file; a file that cannot
     * be read throws with located problems, never another exception.
     */
    ThreatModel read(ModelSource source) throws ModelLoadException;
}

package dev.threatmodel.model;

/**
 * Something an importer noticed in a file of another tool that the author should look at, though it does not keep the
 * model from loading: for example a crossing that the file records but its drawing does not show. A rule turns each
 * note of its topic into a finding.
 *
 * @param topic   what kind of note this is, such as {@link #RECORDED_CROSSING}; rules pick their notes by topic
 * @param subject the id of the part of the model the note is about (a flow or a zone), or null for the whole model
 * @param message the note in words, naming the parts it concerns
 * @param at      where in the source file the disagreeing value was written
 */
public record ImportNote(String topic, String subject, String message, SourceLocation at) {

    /** The file records which boundaries a flow crosses, and the record differs from what the drawing shows. */
    public static final String RECORDED_CROSSING = "recorded-crossing";

    /** A trust boundary of the drawing has no usable position, so which elements it holds is unknown. */
    public static final String UNPLACED_BOUNDARY = "unplaced-boundary";

    /** The file names a part of the model by an id that nothing in the file has. */
    public static final String DANGLING_REFERENCE = "dangling-reference";

    /** The file's own records contradict each other (a resolved threat whose mitigations are not resolved, ...). */
    public static final String INCONSISTENT_RECORD = "inconsistent-record";

    /** A threat that the file leaves without a STRIDE category or without a priority. */
    public static final String UNCLASSIFIED_THREAT = "unclassified-threat";

    /** An open threat that no implemented mitigation answers in the file. */
    public static final String UNANSWERED_THREAT = "unanswered-threat";

    /** An assumption or mitigation that the file links to nothing. */
    public static final String UNLINKED_ITEM = "unlinked-item";

    public ImportNote {
        if (topic == null || message == null || at == null) {
            throw new IllegalArgumentException("an import note needs a topic, a message and a location");
        }
    }
}

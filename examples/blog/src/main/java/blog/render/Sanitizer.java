package blog.render;

/** Stub: the class the threat model links; the example has no real code. */
public final class Sanitizer {
}

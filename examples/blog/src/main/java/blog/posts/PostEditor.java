package blog.posts;

/** Stub: the class the threat model links; the example has no real code. */
public final class PostEditor {
}

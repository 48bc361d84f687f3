package dev.threatmodel.model;

/** The kind of file a model was read from. */
public enum ModelFormat {
    NATIVE_YAML("threat model (YAML)"),
    NATIVE_JSON("threat model (JSON)"),
    THREAT_DRAGON_V1("OWASP Threat Dragon v1"),
    THREAT_DRAGON_V2("OWASP Threat Dragon v2"),
    OPEN_THREAT_MODEL("Open Threat Model"),
    MICROSOFT_THREAT_MODELING_TOOL("Microsoft Threat Modeling Tool"),
    AWS_THREAT_COMPOSER("AWS Threat Composer"),
    THREAGILE("Threagile");

    private final String title;

    ModelFormat(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isNative() {
        return this == NATIVE_YAML || this == NATIVE_JSON;
    }
}

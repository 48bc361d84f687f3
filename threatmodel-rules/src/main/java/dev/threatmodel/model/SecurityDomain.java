package dev.threatmodel.model;

/** The thirteen security domains a mitigation belongs to. */
public enum SecurityDomain implements Keyword {
    ACCESS_CONTROL("access-control"),
    SECURE_DEVELOPMENT("secure-development"),
    BUSINESS_CONTINUITY("business-continuity"),
    CRYPTOGRAPHY("cryptography"),
    ASSET_MANAGEMENT("asset-management"),
    LEGAL("legal"),
    INCIDENT_RESPONSE("incident-response"),
    NETWORK("network"),
    OPERATIONS("operations"),
    PHYSICAL_AND_ENVIRONMENTAL("physical-and-environmental"),
    GOVERNANCE("governance"),
    SECURITY_ARCHITECTURE("security-architecture"),
    SUPPLIER_RISK("supplier-risk");

    private final String keyword;

    SecurityDomain(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}

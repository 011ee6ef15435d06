package uk.interimexchange.domain.model.organisation;

import java.util.Arrays;
import java.util.Optional;

/** NHS England regions, with the codes the Organisation Data Service uses for them. */
public enum Region {
    NORTH_EAST_AND_YORKSHIRE("Y63", "North East and Yorkshire"),
    NORTH_WEST("Y62", "North West"),
    MIDLANDS("Y60", "Midlands"),
    EAST_OF_ENGLAND("Y61", "East of England"),
    LONDON("Y56", "London"),
    SOUTH_EAST("Y59", "South East"),
    SOUTH_WEST("Y58", "South West");

    private final String odsCode;
    private final String label;

    Region(String odsCode, String label) {
        this.odsCode = odsCode;
        this.label = label;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public String getLabel() {
        return label;
    }

    /** Empty for codes outside NHS England, such as W00 (Wales). */
    public static Optional<Region> fromOdsCode(String code) {
        return Arrays.stream(values()).filter(r -> r.odsCode.equalsIgnoreCase(code)).findFirst();
    }
}

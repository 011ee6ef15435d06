package uk.interimexchange.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.interimexchange.domain.model.shared.Check;

/** An NHS organisation: a host of needs, or an associate's home employer. */
@Entity
@Table(name = "organisation")
public class Organisation {

    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,6}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ods_code", nullable = false, unique = true, length = 6)
    private String odsCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Region region;

    @Column(name = "icb_code", length = 6)
    private String icbCode;

    @Column(length = 10)
    private String postcode;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String odsCode, String name, OrganisationType type, Region region) {
        this.odsCode = checkedOdsCode(odsCode);
        this.name = Check.text(name, 200, "The organisation name");
        this.type = Check.required(type, "The organisation type");
        this.region = Check.required(region, "The region");
        this.active = true;
    }

    public static String checkedOdsCode(String code) {
        Check.required(code, "The ODS code");
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        Check.that(ODS_CODE.matcher(normalised).matches(),
                "An ODS code is 3 to 6 letters or digits, for example RJ1.");
        return normalised;
    }

    /** Brings the record in line with the published directory; returns whether anything changed. */
    public boolean refreshFromDirectory(String name, Region region, String icbCode, String postcode, boolean active) {
        boolean changed = !this.name.equals(name) || this.region != region || !equal(this.icbCode, icbCode)
                || !equal(this.postcode, postcode) || this.active != active;
        this.name = Check.text(name, 200, "The organisation name");
        this.region = Check.required(region, "The region");
        this.icbCode = Check.optionalText(icbCode, 6, "The ICB code");
        this.postcode = Check.optionalText(postcode, 10, "The postcode");
        this.active = active;
        return changed;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    public void deactivate() {
        this.active = false;
    }

    /** An organisation closed by mistake, or one that has come back, can post needs again. */
    public void reactivate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public String getIcbCode() {
        return icbCode;
    }

    public String getPostcode() {
        return postcode;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}

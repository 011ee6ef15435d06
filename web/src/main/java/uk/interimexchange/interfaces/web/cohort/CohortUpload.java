package uk.interimexchange.interfaces.web.cohort;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import uk.interimexchange.application.Cohort;
import uk.interimexchange.application.CohortImportService;
import uk.interimexchange.application.CohortSheet;
import uk.interimexchange.interfaces.web.FormMessages;
import uk.interimexchange.interfaces.web.PageSteps;

/**
 * A coordinator uploads a cohort's spreadsheet, reads the preview, and confirms (/associates/import.xhtml). The sheet
 * is kept with the page between the two, so what is confirmed is exactly what was previewed, checked again.
 */
@Named
@ViewScoped
public class CohortUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file read: 5,000 people fit in well under a megabyte. */
    static final long MOST_BYTES = 5L * 1024 * 1024;

    /** How many of those to be invited the preview lists; the rest are counted. */
    static final int LISTED = 100;

    @Inject
    CohortImportService cohorts;

    @Inject
    FormMessages messages;

    @Inject
    PageSteps steps;

    private transient Part file;
    private String fileName;
    private CohortSheet sheet;
    private Cohort preview;

    public void check() {
        sheet = null;
        preview = null;
        if (file == null || file.getSize() == 0) {
            messages.error("upload:file", "Choose a CSV file or an Excel workbook to upload.");
            return;
        }
        if (file.getSize() > MOST_BYTES) {
            messages.error("upload:file", "The file is larger than 5 MB. Split the cohort into smaller files.");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            CohortSheet read = CohortFiles.read(file.getSubmittedFileName(), content);
            preview = cohorts.preview(read);
            sheet = read;
            fileName = file.getSubmittedFileName();
        } catch (CohortFiles.Unreadable | IOException unreadable) {
            messages.error("upload:file", unreadable instanceof CohortFiles.Unreadable ? unreadable.getMessage()
                    : "The file did not arrive whole. Upload it again.");
        }
    }

    public void invite() {
        if (sheet == null) {
            messages.error("upload:file", "Upload the cohort's file and check it first.");
            return;
        }
        int[] invited = {0};
        steps.take("talent pool", null, () -> {
            Cohort done = cohorts.invite(sheet);
            invited[0] = done.invitees().size();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("leftOut", done.problems());
            return "/associates/import.xhtml";
        }, () -> "You invited " + (invited[0] == 1 ? "1 person" : invited[0] + " people") + " to the talent pool. Each is emailed a link to"
                + " choose a password and complete their profile.");
    }

    /** An Object, not a Part: a post that is not a real upload sends text here, which is then no file at all rather than a failure. */
    public Object getFile() {
        return file;
    }

    public void setFile(Object file) {
        this.file = file instanceof Part part ? part : null;
    }

    public String getFileName() {
        return fileName;
    }

    public Cohort getPreview() {
        return preview;
    }

    /** The first {@value #LISTED} of those who would be invited. */
    public List<Cohort.Invitee> getListed() {
        return preview == null ? List.of() : preview.invitees().subList(0, Math.min(LISTED, preview.invitees().size()));
    }

    public int getNotListed() {
        return preview == null ? 0 : Math.max(0, preview.invitees().size() - LISTED);
    }
}

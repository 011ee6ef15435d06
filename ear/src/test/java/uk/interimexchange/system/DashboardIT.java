package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The coordinators' dashboard: its charts agree with its tables, and every table downloads as CSV and Excel. */
class DashboardIT extends BrowserTest {

    @Test
    void aCoordinatorSeesTheProgrammeAndDownloadsEachTable() throws Exception {
        People.Person host = People.host("Dana Dash", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Dev Dashboard");
        People.Person associate = People.associate("Abe Active");
        long placement = Programme.proposedPlacement(host, coordinator, associate, "Dashboard figures " + System.currentTimeMillis());
        Programme.started(host, coordinator, associate, placement);

        browser.signOut().signIn(coordinator).follow("dashboard-link").assertAccessible();
        assertEquals("Programme dashboard", browser.heading());
        assertTrue(Integer.parseInt(browser.find("#active-placements").getText()) >= 1, "the placement just started is counted");
        assertTrue(browser.find("#figures").getText().contains("median days from submission to filled"),
                "its need was filled: " + browser.find("#figures").getText());
        List<WebElement> states = browser.find("#needs-by-state").findElements(By.cssSelector("tbody tr"));
        assertEquals(8, states.size(), "a bar for every state");
        long onPage = states.stream().mapToLong(r -> Long.parseLong(r.findElement(By.cssSelector("td")).getText())).sum();

        WebBrowser.Download csv = browser.download("export/needs-by-state.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertEquals("\uFEFFState,Needs", lines.get(0));
        assertEquals(9, lines.size(), "the heading and a line for every state");
        assertEquals(onPage, lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1))).sum(),
                "the download says what the page says");

        browser.go("needs/");
        long needs = Long.parseLong(browser.find("#count").getText().replace("Needs found: ", ""));
        assertEquals(onPage, needs, "the chart counts every need");
        WebBrowser.Download excel = browser.download(browser.find("#needs-xlsx").getAttribute("href")
                .substring(browser.find("#needs-xlsx").getAttribute("href").indexOf("export/")));
        assertEquals(200, excel.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet sheet = workbook.getSheet("needs");
            assertEquals("Reference", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(needs, sheet.getLastRowNum(), "a row for every need found, after the heading");
        }
        assertEquals(200, browser.download("export/placements.csv").status());
        assertEquals(200, browser.download("export/needs-by-region.xlsx").status());
        assertEquals(404, browser.download("export/no-such-table.csv").status());
        assertEquals(404, browser.download("export/applicants.csv?need=999999999").status(), "a need that does not exist");

        browser.signOut().signIn(host).go("dashboard/");
        assertEquals("You cannot see this page", browser.heading(), "the dashboard is for coordinators");
        assertFalse(browser.has("#dashboard-link"));
        assertEquals(403, browser.download("export/needs.csv").status(), "and so are the downloads");
        browser.signOut();
    }
}

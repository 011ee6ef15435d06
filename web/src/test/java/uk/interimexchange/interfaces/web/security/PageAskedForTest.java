package uk.interimexchange.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageAskedForTest {

    @Test
    void aPageOfThisApplicationIsContinuedToWithItsQuery() {
        assertEquals(Optional.of("/needs/42"), PageAskedFor.withinApplication("http://localhost:8080/needs/42", ""));
        assertEquals(Optional.of("/admin/accounts.xhtml?q=ann%20lee"),
                PageAskedFor.withinApplication("http://localhost:8080/admin/accounts.xhtml?q=ann%20lee", ""));
        assertEquals(Optional.of("/ix/home/"), PageAskedFor.withinApplication("https://nhs.example/ix/home/", "/ix"));
    }

    @Test
    void nothingOutsideTheApplicationAndNotTheSignInPageItself() {
        assertEquals(Optional.empty(), PageAskedFor.withinApplication("http://localhost:8080//evil.example/x", ""),
                "a protocol-relative path would leave for another site");
        assertEquals(Optional.empty(), PageAskedFor.withinApplication("http://localhost:8080/other/page", "/ix"));
        assertEquals(Optional.empty(), PageAskedFor.withinApplication("http://localhost:8080/sign-in.xhtml", ""));
    }
}

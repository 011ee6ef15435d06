package uk.interimexchange.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.shared.PageRequest;

class PagingTest {

    @Test
    void theMiddlePageHasPagesEitherSide() {
        Paging paging = Paging.from("20", 20).of(45);
        assertEquals(new PageRequest(20, 20), paging.request());
        assertTrue(paging.isEarlier() && paging.isLater());
        assertEquals(0, paging.getPrevious());
        assertEquals(40, paging.getNext());
        assertFalse(Paging.from("40", 20).of(45).isLater(), "the last page has none after it");
    }

    @Test
    void anEditedOrMissingAddressStartsSafely() {
        assertEquals(0, Paging.from(null, 20).getFrom());
        assertEquals(0, Paging.from("-5", 20).getFrom());
        assertEquals(0, Paging.from("lots", 20).getFrom());
        assertEquals(Paging.FURTHEST, Paging.from("99999999999", 20).getFrom());
        assertFalse(Paging.from(null, 20).of(20).isLater(), "one full page and nothing more");
    }
}

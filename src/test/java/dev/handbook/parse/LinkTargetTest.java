package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTargetTest {

    @Test
    void pathAndFragmentAreSplit() {
        LinkTarget target = LinkTarget.parse("../guides/model.md#maturity");

        assertEquals("../guides/model.md", target.path());
        assertEquals("maturity", target.fragment());
        assertTrue(target.isLocalPath());
    }

    @Test
    void queryIsNotPartOfThePath() {
        LinkTarget target = LinkTarget.parse("model.md?view=print#top");

        assertEquals("model.md", target.path());
        assertEquals("top", target.fragment());
    }

    @Test
    void bareAnchorIsSamePage() {
        LinkTarget target = LinkTarget.parse("#maturity");

        assertTrue(target.isSamePageAnchor());
        assertFalse(target.isLocalPath());
    }

    @Test
    void plainPathHasNoFragment() {
        assertNull(LinkTarget.parse("etcher.md").fragment());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.com/a.md",
                "mailto:ada@example.com",
                "//cdn.example.com/x.md",
                "javascript:alert(1)",
                "ftp://example.com/"
            })
    void urlsWithASchemeOrHostAreExternal(String destination) {
        LinkTarget target = LinkTarget.parse(destination);

        assertTrue(target.external());
        assertFalse(target.isLocalPath());
        assertFalse(target.isSamePageAnchor());
    }
}

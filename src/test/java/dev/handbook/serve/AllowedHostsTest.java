package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedHostsTest {

    private final AllowedHosts loopback = new AllowedHosts("127.0.0.1");
    private final AllowedHosts named = new AllowedHosts("docs.lan");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "localhost:8080",
                "LocalHost:1",
                "127.0.0.1",
                "127.0.0.1:8080",
                "[::1]",
                "[::1]:8080",
                "192.168.1.20:8080",
                "[fe80::1]:80"
            })
    void loopbackNamesAndAddressesAreAnswered(String host) {
        assertTrue(loopback.allows(host), host);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evil.example",
                "evil.example:8080",
                "localhost.evil.example",
                "127.0.0.1.nip.io",
                "docs.lan",
                "localhost:",
                "localhost:http",
                "localhost:80:80",
                "[::1",
                "[::1]x",
                "",
                " ",
                ":8080",
                "256.1.1.1",
                "1.2.3",
                "[evil.example]"
            })
    void namesALookupCouldPointAnywhereAreNot(String host) {
        assertFalse(loopback.allows(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs.lan", "DOCS.lan:8080", "localhost"})
    void theNameGivenWithHostIsAnsweredToo(String host) {
        assertTrue(named.allows(host), host);
    }
}

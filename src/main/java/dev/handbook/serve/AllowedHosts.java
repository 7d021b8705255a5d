package dev.handbook.serve;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the preview answers. A page on another site can make the browser
 * send requests to the preview by pointing its own name at 127.0.0.1 (DNS rebinding), but the
 * browser still sends that name: so only {@code localhost}, an address written as digits (which
 * no name lookup can change) and the name the preview was told to listen on are answered.
 *
 * @param listenHost the {@code --host} given, as given
 */
record AllowedHosts(String listenHost) {

    private static final Pattern PORT = Pattern.compile(":[0-9]{1,5}");
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])" + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+\\]");

    AllowedHosts {
        Objects.requireNonNull(listenHost, "listenHost");
    }

    /** Whether a request with this Host header (null when it has none) is answered. */
    boolean allows(String header) {
        if (header == null) {
            return false;
        }
        String name = withoutPort(header.trim().toLowerCase(Locale.ROOT));
        return name != null
                && (name.equals("localhost")
                        || IPV4.matcher(name).matches()
                        || IPV6.matcher(name).matches()
                        || name.equals(listenHost.toLowerCase(Locale.ROOT))
                        || name.equals("[" + listenHost.toLowerCase(Locale.ROOT) + "]"));
    }

    /** The name without its port, or null when what follows the name is not a port. */
    private static String withoutPort(String host) {
        int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.indexOf(':');
        if (end <= 0) {
            return host.isEmpty() || host.startsWith("[") ? null : host;
        }
        String rest = host.substring(end);
        return rest.isEmpty() || PORT.matcher(rest).matches() ? host.substring(0, end) : null;
    }
}

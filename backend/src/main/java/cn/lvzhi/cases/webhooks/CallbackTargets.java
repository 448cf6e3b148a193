package cn.lvzhi.cases.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a callback may point. A registered URL is a request the server itself will make, so an integration must not
 * be able to aim it at the server's own network — the management port on 127.0.0.1, the database, a cloud metadata
 * address (169.254.169.254) or any private host. Unless the deployment allows private targets (a test or a
 * development machine with a local receiver), a host written as a loopback, private, link-local or unique-local
 * address in any notation, or named localhost or under a local-only domain, is refused at registration.
 */
final class CallbackTargets {
    /** Numeric host forms Java and browsers read as IPv4: dotted, decimal, octal or hexadecimal parts. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]+|[0-9]+)(\\.(0x[0-9a-f]+|[0-9]+)){0,3}");

    private CallbackTargets() {
    }

    /** Why the host may not be called back, or null when it may. */
    static String refusal(URI uri, boolean allowPrivate) {
        if (allowPrivate) {
            return null;
        }
        if (uri.getHost() == null) {
            return "无法识别的主机";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) {
            return "本机或内网主机名";
        }
        InetAddress literal = literal(host);
        return literal != null && isPrivate(literal) ? "本机或内网地址" : null;
    }

    /** The address a host written as an IP literal stands for, without any DNS lookup; null for a name. */
    private static InetAddress literal(String host) {
        boolean v6 = host.startsWith("[") && host.endsWith("]");
        if (!v6 && !NUMERIC_HOST.matcher(host).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(v6 ? host.substring(1, host.length() - 1) : numericV4(host));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** 2130706433, 0x7f.1, 0177.0.0.1 … as the dotted quad they mean (as a resolver would read them). */
    private static String numericV4(String host) {
        String[] parts = host.split("\\.");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            values[i] = p.startsWith("0x") ? Long.parseLong(p.substring(2), 16)
                    : p.length() > 1 && p.startsWith("0") ? Long.parseLong(p, 8) : Long.parseLong(p);
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            address |= (values[i] & 0xff) << (24 - 8 * i);
        }
        address |= values[values.length - 1] & (0xffffffffL >>> (8 * (values.length - 1)));
        return ((address >> 24) & 0xff) + "." + ((address >> 16) & 0xff) + "." + ((address >> 8) & 0xff) + "." + (address & 0xff);
    }

    static boolean isPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean uniqueLocal = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean zero = b.length == 4 && b[0] == 0;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || carrierNat || uniqueLocal || zero || mappedPrivate(a);
    }

    /** ::ffff:127.0.0.1 and the like: an IPv4 address written as IPv6. */
    private static boolean mappedPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if ((b[10] & 0xff) != 0xff || (b[11] & 0xff) != 0xff) {
            return false;
        }
        try {
            return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return true;
        }
    }
}

package dev.handbook.config;

/**
 * How much a build may write: no file of the site above {@code fileBytes}, and the whole site no
 * more than {@code siteRatio} times the bytes of its input plus {@code siteAllowance}. A handbook
 * makes a site some five to ten times its size; a page that multiplies itself, a template that
 * loops, or an endless file is stopped long before the disk is full.
 */
public record OutputLimits(long fileBytes, long siteRatio, long siteAllowance) {

    public static final OutputLimits DEFAULT = new OutputLimits(256L << 20, 20, 256L << 20);

    public OutputLimits {
        if (fileBytes <= 0 || siteRatio <= 0 || siteAllowance <= 0) {
            throw new IllegalArgumentException(
                    "limits must be above 0: " + fileBytes + ", " + siteRatio + ", " + siteAllowance);
        }
    }

    /** The most a site made from this many bytes of input may hold (saturating, never overflowing). */
    public long siteBytes(long inputBytes) {
        long scaled = inputBytes > Long.MAX_VALUE / siteRatio ? Long.MAX_VALUE : inputBytes * siteRatio;
        return scaled > Long.MAX_VALUE - siteAllowance ? Long.MAX_VALUE : scaled + siteAllowance;
    }
}

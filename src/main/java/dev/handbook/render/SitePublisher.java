package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.output.SiteWriter;
import dev.handbook.parse.ContentFiles;
import java.nio.file.Path;

/**
 * Renders a modelled handbook into a site folder: what the build's orchestration asks of a site
 * generator (handbook's is the JBake adapter, {@code jbake.SiteBaker}), and all it knows of one.
 */
public interface SitePublisher {

    /**
     * @param sourceDir  the handbook folder
     * @param contentDir its content folder
     * @param site       writes into an empty folder, within the limits
     * @param previous   the last good site of the same output, whose unchanged pages are reused; may be null
     * @param preview    whether pages carry the reload script and their own diagnostics
     */
    PublishResult publish(
            Handbook handbook,
            ContentFiles files,
            Path sourceDir,
            Path contentDir,
            SiteWriter site,
            PreviousSite previous,
            PreviewBanners preview)
            throws PublishException;
}

package nl.gebiedsteam.caseload.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro's Arquillian container starts one server process per deployment and stops it after
 * the test class: sixteen starts of 25–40 s on a 2-core machine, most of the suite's wall time.
 * This container hands a test class the server an earlier class started for the same archive (same
 * name and byte-identical content), and stops the servers only when the suite ends. Nothing in the
 * archive or the server changes: the tests still run against the real WAR on a real Payara Micro;
 * they always shared one database. At most {@link #MAX_RUNNING} servers run at once; a third
 * archive stops the one used longest ago, so an unexpected archive costs a start, not memory.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());
    private static final int MAX_RUNNING = 2;

    private PayaraMicroContainerConfiguration configuration;
    /** Running servers by archive fingerprint, least recently used first. */
    private final Map<String, Running> running = new LinkedHashMap<>(4, 0.75f, true);

    private record Running(PayaraMicroDeployableContainer server, Archive<?> archive, ProtocolMetaData metaData) {
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new PayaraMicroDeployableContainer().getDefaultProtocol();
    }

    @Override
    public void start() {
        // servers start on deploy, as in Payara's own container
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String key = fingerprint(archive);
        Running server = running.get(key);
        if (server != null) {
            LOG.info(() -> "reusing the Payara Micro already running " + archive.getName() + " (" + key.substring(0, 12) + ")");
            return server.metaData();
        }
        if (running.size() >= MAX_RUNNING) {
            Iterator<Running> oldest = running.values().iterator();
            Running evicted = oldest.next();
            oldest.remove();
            evicted.server().undeploy(evicted.archive());
        }
        PayaraMicroDeployableContainer started = new PayaraMicroDeployableContainer();
        started.setup(configuration);
        try {
            started.start();
        } catch (LifecycleException e) {
            throw new DeploymentException("Payara Micro did not start", e);
        }
        ProtocolMetaData metaData = started.deploy(archive);
        running.put(key, new Running(started, archive, metaData));
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept running for the next test class with the same archive; stopped when the suite ends
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        DeploymentException failed = null;
        for (Running server : running.values()) {
            try {
                server.server().undeploy(server.archive());
            } catch (DeploymentException e) {
                failed = e;
            }
        }
        running.clear();
        if (failed != null) {
            throw new LifecycleException("a Payara Micro did not stop", failed);
        }
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    /**
     * SHA-256 over the archive's name and every entry's path and bytes, nested archives by their
     * own entries: exporting them as ZIP would stamp the current time into the bytes.
     */
    static String fingerprint(Archive<?> archive) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            digest(archive, sha);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(Archive<?> archive, MessageDigest sha) {
        sha.update(archive.getName().getBytes(StandardCharsets.UTF_8));
        archive.getContent().values().stream().filter(node -> node.getAsset() != null)
                .sorted(Comparator.comparing(node -> node.getPath().get())).forEach(node -> digest(node, sha));
    }

    private static void digest(Node node, MessageDigest sha) {
        sha.update((byte) 0);
        sha.update(node.getPath().get().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        if (node.getAsset() instanceof ArchiveAsset nested) {
            digest(nested.getArchive(), sha);
            return;
        }
        try (InputStream in = node.getAsset().openStream()) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.gebiedsteam.caseload.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments are the WAR the build produced, so tests run what users run. */
public final class Deployments {

    /** Test classes under this package bring their own deployment (the benchmark seeds its data). */
    private static final String OWN_DEPLOYMENT = "nl.gebiedsteam.caseload.benchmark.";

    private Deployments() {
    }

    /** The application as built, for browser tests that drive it from outside. */
    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("caseload.war",
                "target/caseload.war")));
    }

    /**
     * The application plus the helpers in-container tests use to log in as a demo worker, and every
     * in-container test class. Each class used to deploy only itself, which made every archive
     * different, so each class started a Payara Micro of its own; with all of them the archive is the
     * same for every class and {@link SharedPayaraMicro} starts one server for all of them.
     */
    public static WebArchive withTestLogin() {
        WebArchive archive = application().addClasses(TestLogin.class, RequestCaptureFilter.class, Deployments.class,
                TestData.class, Sql.class, Fixtures.class, HelpedSql.class, Jpql.class, WebClient.class, TestTotp.class,
                Zips.class);
        inContainerTests().forEach(archive::addClass);
        return archive;
    }

    /** The integration test classes that run inside the server (not {@link RunAsClient}), in a fixed order. */
    private static List<Class<?>> inContainerTests() {
        Path root;
        try {
            root = Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> root.relativize(f).toString().replace(File.separatorChar, '.'))
                    .filter(name -> name.endsWith("IT.class")).map(name -> name.substring(0, name.length() - 6))
                    .filter(name -> !name.startsWith(OWN_DEPLOYMENT)).sorted().<Class<?>>map(Deployments::load)
                    .filter(type -> !type.isAnnotationPresent(RunAsClient.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

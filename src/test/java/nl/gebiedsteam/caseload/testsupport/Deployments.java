package nl.gebiedsteam.caseload.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments are the WAR the build produced, so tests run what users run. */
public final class Deployments {

    private Deployments() {
    }

    /** The application as built, for browser tests that drive it from outside. */
    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("caseload.war",
                "target/caseload.war")));
    }

    /** The application plus the helpers in-container tests use to log in as a demo worker. */
    public static WebArchive withTestLogin() {
        return application().addClasses(TestLogin.class, RequestCaptureFilter.class, Deployments.class, TestData.class,
                Sql.class, Fixtures.class, HelpedSql.class, Jpql.class, WebClient.class, TestTotp.class);
    }
}

package org.m4d.grants.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as Arquillian deploys it to Payara Micro. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive app() {
        File war = new File(System.getProperty("m4d.war", "target/m4d-grants.war"));
        return ShrinkWrap.create(ZipImporter.class, "m4d-grants.war").importFrom(war).as(WebArchive.class);
    }
}

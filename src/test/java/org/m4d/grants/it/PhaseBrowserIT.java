package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phases page in Chromium: pmu finds Phase III, is refused a Phase IV whose dates overlap it
 * (nothing written), then adds Phase IV with its outcomes, countries and indicators and sees it
 * listed; a Bangladeshi applicant reads the phases without the form. Phase IV lies far in the
 * future here, so that the phase in force for the other tests stays Phase III.
 */
@ExtendWith(SharedApp.class)
class PhaseBrowserIT {

    @AppUrl
    URL app;

    @Test
    void pmuAddsPhaseFourAndThePhaseListShowsIt() throws Exception {
        try (Browser browser = Browser.start()) {
            Journey user = new Journey(browser, app);
            user.signIn("pmu");
            user.driver().findElement(By.id("nav-phases")).click();
            user.waitForRow(By.id("phases"), "M4D-III", "Phase III", "Swiss Agency for Development and Cooperation (SDC)");
            user.accessible("phases");

            user.driver().findElement(By.id("addPhase:id")).sendKeys("M4D-IV");
            user.driver().findElement(By.id("addPhase:name")).sendKeys("Phase IV");
            user.driver().findElement(By.id("addPhase:donor")).sendKeys("Swiss Agency for Development and Cooperation (SDC)");
            user.typeDate("addPhase:startDate", "06/01/2023");
            user.typeDate("addPhase:endDate", "12/31/2095");
            user.driver().findElement(By.id("addPhase:outcomes")).sendKeys(
                    "Migrants and communities access services\nLocal governments govern migration");
            check(user, "NP");
            check(user, "SN");
            user.driver().findElement(By.id("addPhase:indicators")).sendKeys(
                    "1 | Migrants reached | people\n2 | Officials trained | people");
            user.driver().findElement(By.id("addPhase:add")).click();
            new WebDriverWait(user.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[normalize-space(text())='The dates Jun 1, 2023 to Dec 31, 2095 overlap Phase III (Nov 1, 2019 to Oct 31, 2023)']")));
            assertThat(Database.count("SELECT COUNT(*) FROM programme_phase WHERE id = 'M4D-IV'")).isZero();
            assertThat(box(user, "NP").isSelected()).as("Nepal still ticked after the refusal").isTrue();
            assertThat(box(user, "SN").isSelected()).as("Senegal still ticked after the refusal").isTrue();

            user.typeDate("addPhase:startDate", "01/01/2092");
            user.driver().findElement(By.id("addPhase:add")).click();
            user.waitForMessage("Phase M4D-IV added.");
            user.waitForRow(By.id("phases"), "M4D-IV", "Phase IV", "Jan 1, 2092", "Dec 31, 2095", "Nepal, Senegal");
            assertThat(user.driver().findElements(By.cssSelector(".phase-indicator")).stream().map(WebElement::getText))
                    .contains("Migrants reached (people)", "Officials trained (people)");
            assertThat(Database.count("SELECT COUNT(*) FROM programme_indicator WHERE phase_id = 'M4D-IV'")).isEqualTo(2);
            assertThat(Database.count("SELECT COUNT(*) FROM phase_country WHERE phase_id = 'M4D-IV'")).isEqualTo(2);
            user.screenshot("phases-01-phase-four");
            user.signOut();

            user.signIn("bd.applicant");
            assertThat(user.driver().findElements(By.id("nav-phases"))).isEmpty();
            user.open("app/phases.xhtml");
            user.waitForRow(By.id("phases"), "M4D-IV", "Phase IV", "Nepal, Senegal");
            assertThat(user.driver().findElements(By.id("addPhase"))).isEmpty();
        }
    }

    private static WebElement box(Journey user, String country) {
        return user.driver().findElement(By.xpath("//input[@name='addPhase:eligible' and @value='" + country + "']"));
    }

    /** Ticks a country's box from the keyboard, as a keyboard user would, and checks that it is ticked. */
    private static void check(Journey user, String country) {
        box(user, country).sendKeys(Keys.SPACE);
        assertThat(box(user, country).isSelected()).as(country + " ticked").isTrue();
    }
}

package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a user does in the pages, for the browser journeys: sign in, work the inbox, check a page. */
final class Journey {

    /** The wizard's autosave status after a save, as a pattern. */
    static final String SAVED_AT = "Saved at \\d{2}:\\d{2}:\\d{2}";

    private final Browser browser;
    private final WebDriver driver;
    private final URL app;

    Journey(Browser browser, URL app) {
        this.browser = browser;
        this.driver = browser.driver();
        this.app = app;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(app.toString() + path);
    }

    void signIn(String username) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys("demo");
        driver.findElement(By.id("login:signIn")).click();
        assertThat(browser.text(By.id("user-name"))).isNotBlank();
    }

    /** A global role's switch to "all countries"; asserts the switch shows it after the page reloads. */
    void chooseAllCountries() {
        chooseCountry("*");
    }

    /**
     * The switch to a country by its code (none if it is already the one chosen); asserts the switch
     * shows it after the page reloads.
     */
    void chooseCountry(String code) {
        Select chosen = new Select(driver.findElement(By.id("tenantForm:tenant")));
        if (!code.equals(chosen.getFirstSelectedOption().getAttribute("value"))) {
            WebElement before = driver.findElement(By.tagName("html"));
            chosen.selectByValue(code);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        }
        assertThat(new Select(driver.findElement(By.id("tenantForm:tenant"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(code);
    }

    void signOut() {
        driver.findElement(By.id("logoutForm:logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("login.xhtml"));
    }

    /** Waits until the element's whole text is exactly {@code text}, and fails showing the text it had. */
    void waitForExactText(By element, String text) {
        // Chromium reports a node replaced by the next page as an "inspector error", not as stale
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBe(element, text));
    }

    /** Waits until the browser's address holds this part (a page's name or a query parameter). */
    void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    }

    /** Waits until the page's messages are exactly this one message. */
    void waitForMessage(String text) {
        waitForExactText(By.id("messages"), text);
    }

    /** Waits until the table has a row with a cell of exactly each of these texts; returns the row's cells. */
    List<String> waitForRow(By table, String... cells) {
        String row = rowWith(cells);
        // the cells are read inside the wait: a page that reloads after the row was found is read again
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .withMessage(() -> "a row with " + List.of(cells) + " in " + table + ": " + text(table))
                .until(d -> d.findElement(table).findElement(By.xpath(row)).findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().strip()).toList());
    }

    /** Whether the table has a row with a cell of exactly each of these texts, now. */
    boolean hasRow(By table, String... cells) {
        return present(driver.findElement(table), By.xpath(rowWith(cells)));
    }

    /** Whether the element holds a match now, without the implicit wait that a missing one would cost. */
    private boolean present(org.openqa.selenium.SearchContext in, By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !in.findElements(by).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }

    private static String rowWith(String... cells) {
        return ".//tr[" + java.util.Arrays.stream(cells).map(c -> "td[normalize-space()=" + literal(c) + "]")
                .collect(Collectors.joining(" and ")) + "]";
    }

    /** A string as an XPath literal, quotes of either kind included. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /**
     * Types into a number input (PrimeFaces' {@code p:inputNumber} of this id) as a person does,
     * replacing what it holds; the widget formats the keys as they come.
     */
    void typeNumber(String id, String keys) {
        WebElement input = driver.findElement(By.id(id + "_input"));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), keys);
    }

    /** What a number input shows, as the person sees it. */
    String shownNumber(String id) {
        return driver.findElement(By.id(id + "_input")).getAttribute("value");
    }

    /** Types a date into a date picker (PrimeFaces' {@code p:datePicker} of this id), replacing what it holds. */
    void typeDate(String id, String keys) {
        WebElement input = driver.findElement(By.id(id + "_input"));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), keys);
        assertThat(input.getAttribute("value")).as("the date typed into " + id).isEqualTo(keys);
    }

    WebElement waitFor(By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.elementToBeClickable(element));
    }

    void screenshot(String name) {
        browser.screenshot(name);
    }

    String text(By by) {
        return browser.text(by);
    }

    /** Presses Tab until the focused element is a button or link with this text; fails after 80 presses. */
    WebElement pressTabUntil(String text) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = driver.switchTo().activeElement();
            String label = focused.getAttribute("value") != null && !focused.getAttribute("value").isEmpty()
                    ? focused.getAttribute("value") : focused.getText();
            if (text.equals(label == null ? null : label.strip())) {
                return focused;
            }
            focused.sendKeys(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError("No element \"" + text + "\" reachable with the Tab key");
    }

    /** Opens a task already assigned to the user from the inbox. */
    void openFromInbox(String taskName, String proposalId) {
        open("app/inbox.xhtml");
        driver.findElement(By.xpath(row(taskName, proposalId) + "//a[normalize-space()='Open']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("task.xhtml"));
    }

    /** Claims the task from the inbox, reloading while the job executor has not yet created it. */
    void claimFromInbox(String taskName, String proposalId) {
        String claim = row(taskName, proposalId) + "//input[@value='Claim']";
        WebElement button = Slice.waitFor(() -> {
            open("app/inbox.xhtml");
            try {
                return driver.findElement(By.xpath(claim));
            } catch (NoSuchElementException notYet) {
                return null;
            }
        }, Duration.ofSeconds(60), taskName + " in the inbox");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("task.xhtml"));
    }

    /** Whether the inbox, open now, lists this task of the proposal. */
    boolean inboxHas(String taskName, String proposalId) {
        return present(driver, By.xpath(row(taskName, proposalId)));
    }

    private static String row(String taskName, String proposalId) {
        return "//tr[td[normalize-space()='" + taskName + "'] and .//a[substring-after(@href, 'id=')='" + proposalId + "']]";
    }

    /**
     * Checks the page with axe-core (WCAG 2.1 A and AA rules): labels, names, contrast, keyboard
     * focus order, ARIA. Serious and critical findings fail the journey.
     */
    void accessible(String page) {
        // measure the settled page, not a fade-in half done
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !(window.jQuery && jQuery(':animated').length) && document.getAnimations().length === 0"
                        + " && !(window.PrimeFaces && PrimeFaces.ajax.Queue.requests.length);")));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("accessibility of %s: %s", page, serious.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
        Accessibility.pages.incrementAndGet();
    }

    /** How many pages the journeys checked, printed at the end. */
    static final class Accessibility {
        static final java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();

        private Accessibility() {
        }
    }

    /** What the wizard's autosave status line reads. */
    String autosaveStatus() {
        return driver.findElement(By.id("autosave")).getText();
    }

    /** Waits until the autosave status reads exactly like the pattern, and fails showing what it read. */
    void waitForAutosave(String pattern) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .withMessage(() -> "the status like " + pattern + ", not: " + autosaveStatus())
                .until(d -> autosaveStatus().matches(pattern));
    }

    /** Signs in again through the autosave's link, after the session ended in the wizard. */
    void signInFromAutosave(String username) {
        driver.findElement(By.id("autosave-sign-in")).click();
        // the link loads the sign-in page: its form, not the wizard still shown while it loads
        waitFor(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys("demo");
        driver.findElement(By.id("login:signIn")).click();
    }
}

package io.ipcase.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver — as a user of the console: it opens
 * pages, signs in by picking a user, types, chooses, presses buttons and waits for what the page shows.
 * Screenshots go to target/screenshots (the README's tour uses them).
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final ChromeDriver driver;
    private final String base;

    Browser(String base) {
        this(base, "chromium-profile");
    }

    /** @param profile the name of the browser's own profile folder under target/ */
    Browser(String base, String profile) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,800",
                "--lang=zh-CN", "--user-data-dir=" + Path.of("target", profile + "-" + ProcessHandle.current().pid()).toAbsolutePath(),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        this.driver = new ChromeDriver(options);
        // a page that does not load in this time is a failure to report, not to wait out
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** a fresh visitor: no session, no CSRF cookie, Chinese */
    void forget() {
        open("/public/decisions");
        driver.manage().deleteAllCookies();
    }

    void signIn(String user) {
        forget();
        open("/sign-in");
        click(By.id("user-" + user));
        click(By.id("sign-in-submit"));
        waitFor(ExpectedConditions.textToBe(By.id("signed-in-user"), user));
    }

    void signOut() {
        click(By.id("sign-out"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-link")));
    }

    WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void click(By by) {
        waitFor(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** sets a value the way a paste would, for text a keyboard cannot type (a NUL) or would take long to (100 KB) */
    void paste(String id, String text) {
        WebElement input = find(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, text);
    }

    void choose(String id, String visibleTextOrValue) {
        Select select = new Select(find(By.id(id)));
        boolean byValue = select.getOptions().stream().anyMatch(o -> visibleTextOrValue.equals(o.getDomAttribute("value")));
        if (byValue) {
            select.selectByValue(visibleTextOrValue);
        } else {
            select.selectByVisibleText(visibleTextOrValue);
        }
    }

    /** opens an action's panel on the case page (a details element) */
    void openAction(String action) {
        WebElement details = find(By.id("action-" + action));
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    String text(By by) {
        return find(by).getText();
    }

    /** a page drawn anew while a condition looks at it (a form's redirect) only means: look again */
    <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return waitFor(condition, Duration.ofSeconds(20));
    }

    /** for what crosses services through the broker (an event consumed, then shown), which a loaded machine may take longer over */
    <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.WebDriverException e) {
                // chromedriver reports a node swapped out under it (htmx redrew the part) this way, not as a stale element
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** waits until the page at a path matching the pattern is loaded */
    void waitForPath(String regex) {
        waitFor(d -> d.getCurrentUrl().replace(base, "").matches(regex));
    }

    String currentPath() {
        return driver.getCurrentUrl().replace(base, "");
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

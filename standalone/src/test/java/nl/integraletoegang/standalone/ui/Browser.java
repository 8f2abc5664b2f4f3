package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Chromium (Debian's chromium and chromedriver) driven by Selenium against the application under test,
 * with the checks every page gets: an axe-core accessibility scan (no serious or critical WCAG 2.1 A/AA violation)
 * and a screenshot under {@code target/screenshots}. Without a browser on the machine the browser tests are skipped,
 * unless {@code INTEGRALE_TOEGANG_BROWSERTESTS=verplicht} (as in CI), which makes a missing browser a failure.
 */
final class Browser implements AutoCloseable {

    static final Path SCHERMAFDRUKKEN = Path.of("target", "screenshots");
    static final Path TOEGANKELIJKHEID = Path.of("target", "axe");
    private static final Set<String> ERNSTIG = Set.of("serious", "critical");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final String basis;
    private final WebDriverWait wacht;
    /** Chromium's profile for this browser only; removed when it closes. */
    private final Path profiel;

    private Browser(WebDriver driver, String basis, Path profiel) {
        this.driver = driver;
        this.basis = basis;
        this.profiel = profiel;
        // a page being replaced (a submit, a live update) leaves stale elements behind: look again. Chromedriver
        // sometimes reports the same race as a plain WebDriverException ("Node with given id does not belong to the
        // document"); a real failure still surfaces as the cause of the wait's timeout.
        this.wacht = new WebDriverWait(driver, Duration.ofSeconds(20));
        wacht.ignoring(StaleElementReferenceException.class);
        wacht.ignoring(WebDriverException.class);
    }

    static Browser start(int port) {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        boolean aanwezig = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
        if ("verplicht".equals(System.getenv("INTEGRALE_TOEGANG_BROWSERTESTS"))) {
            assertThat(aanwezig).as("browser tests are required, but %s or %s is missing "
                    + "(apt-get install chromium chromium-driver)", chromium, chromedriver).isTrue();
        }
        assumeTrue(aanwezig, "no chromium/chromedriver on this machine: browser tests skipped");
        try {
            Path profiel = Files.createTempDirectory("chromium-profiel");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--lang=nl-NL", "--window-size=1280,1400",
                    "--user-data-dir=" + profiel);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profiel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String pad) {
        driver.get(basis + pad);
    }

    String pad() {
        return driver.getCurrentUrl().substring(basis.length());
    }

    void inloggen(String gebruiker) {
        open("/inloggen");
        veld("username").sendKeys(gebruiker);
        veld("password").sendKeys(gebruiker);
        druk("Inloggen");
        // the login lands on "/", which redirects to the role's start page: wait for that page, or the next open()
        // can lose the race against the redirect still in flight
        wacht.until(driver -> !pad().startsWith("/inloggen") && !pad().equals("/")
                && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    void uitloggen() {
        druk("Uitloggen");
        wacht.until(ExpectedConditions.urlContains("/inloggen?uitgelogd"));
    }

    WebElement veld(String id) {
        return driver.findElement(By.id(id));
    }

    void vulIn(String id, String waarde) {
        WebElement veld = veld(id);
        veld.clear();
        veld.sendKeys(waarde);
    }

    /** A date field's typing order depends on the browser's locale; its value is always ISO. */
    void vulDatumIn(String id, LocalDate datum) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", veld(id), datum.toString());
    }

    void kies(String id, String zichtbareTekst) {
        new Select(veld(id)).selectByVisibleText(zichtbareTekst);
    }

    void vink(String id) {
        WebElement vakje = veld(id);
        if (!vakje.isSelected()) {
            vakje.click();
        }
    }

    /** Presses the button with exactly this text. */
    void druk(String tekst) {
        wacht.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + tekst + "']")))
                .click();
    }

    /** Follows the link with exactly this text (in the page's main content, not the menu). */
    void volg(String tekst) {
        wacht.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//a[normalize-space()='" + tekst + "']")))
                .click();
    }

    /** Follows the link of a household's row in a list: the row names its household by label, the link by id. */
    void volgHuishouden(String huishoudenId) {
        wacht.until(ExpectedConditions.elementToBeClickable(By.cssSelector("main tr[data-huishouden='" + huishoudenId
                + "'] a"))).click();
    }

    void wachtOpElement(By element) {
        wacht.until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /** Waits for the page (after a submit or a live update) to show this text. */
    void wachtOpTekst(String tekst) {
        wacht.until(driver -> driver.findElement(By.tagName("body")).getText().contains(tekst));
    }

    void wachtOpPad(String voorvoegsel) {
        wacht.until(driver -> pad().startsWith(voorvoegsel));
    }

    String tekst() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String kop() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Texts of the field errors shown next to the fields. */
    List<String> foutmeldingen() {
        return driver.findElements(By.cssSelector(".foutmelding")).stream().map(WebElement::getText).toList();
    }

    /**
     * The page as it is now gets an axe-core scan for WCAG 2.1 A and AA; serious and critical violations fail the
     * test, and every violation found is written to {@code target/axe/<naam>.txt}.
     */
    void controleerToegankelijkheid(String naam) {
        Results resultaat = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        String rapport = resultaat.getViolations().stream()
                .map(regel -> regel.getImpact() + " " + regel.getId() + ": " + regel.getHelp() + "\n"
                        + regel.getNodes().stream().map(node -> "    " + node.getTarget() + "  " + node.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
        schrijf(TOEGANKELIJKHEID.resolve(naam + ".txt"), pad() + "\n" + rapport);
        List<Rule> ernstig = resultaat.getViolations().stream().filter(regel -> ERNSTIG.contains(regel.getImpact()))
                .toList();
        assertThat(ernstig).as("serious or critical accessibility violations on %s (%s):\n%s", naam, pad(), rapport)
                .isEmpty();
    }

    /** Accessibility scan and screenshot of the page as it is now. */
    void controleerEnLeg(String naam) {
        controleerToegankelijkheid(naam);
        schermafdruk(naam);
    }

    void schermafdruk(String naam) {
        Path bestand = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.createDirectories(SCHERMAFDRUKKEN);
            Files.copy(bestand, SCHERMAFDRUKKEN.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schrijf(Path bestand, String inhoud) {
        try {
            Files.createDirectories(bestand.getParent());
            Files.writeString(bestand, inhoud);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profiel);
        }
    }
}

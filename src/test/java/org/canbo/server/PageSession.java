package org.canbo.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A test server and a headless Chromium on its page, with the few moves the browser tests share:
 * open a hash, search, wait for text, count elements. Every wait is on a condition of the page.
 */
final class PageSession implements AutoCloseable {
  final TestServer server;
  final Browser browser;
  final ChromeDriver driver;

  private PageSession(TestServer server, Browser browser) {
    this.server = server;
    this.browser = browser;
    this.driver = browser.driver;
  }

  /** The reviewer name the page's server records. */
  static final String REVIEWER = "tester";

  /**
   * Starts both (the server takes reviews into its own fresh index under {@code dir}), or skips
   * the test class when Chromium or its driver is not installed.
   */
  static PageSession start(Path dir) throws IOException {
    Assumptions.assumeTrue(Browser.available(),
        "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    TestServer server = TestServer.startReviewing(dir, REVIEWER);
    try {
      return new PageSession(server, Browser.start(dir));
    } catch (RuntimeException | IOException e) {
      server.close();
      throw e;
    }
  }

  String url(String hash) {
    return server.server.url() + hash;
  }

  /** Loads the page at this hash ("" is the home page) and waits until it shows a view. */
  void open(String hash) {
    driver.get("about:blank"); // a new document even when only the hash differs
    driver.get(url(hash));
    waitFor(d -> !"".equals(view()));
  }

  /** "search" or "article" once the page has shown one, else "". */
  String view() {
    Object v = driver.executeScript("return document.body.dataset.view || ''");
    return String.valueOf(v);
  }

  /** Types the query into the box of the page as it is, submits, waits for the new results. */
  void submit(String query) {
    WebElement box = byId("q");
    box.clear();
    box.sendKeys(query);
    box.sendKeys(Keys.ENTER);
    waitFor(d -> !driver.findElements(By.cssSelector("#results > li")).isEmpty()
        && Boolean.TRUE.equals(driver.executeScript(
            "return performance.getEntriesByName('results-rendered').length > 0")));
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void click(String css) {
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  <T> T waitFor(ExpectedCondition<T> condition) {
    return browser.waiting().until(condition);
  }

  void waitForText(String id, String text) {
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  void waitForVisible(String css) {
    waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<String> texts(String css) {
    return all(css).stream().map(WebElement::getText).toList();
  }

  /**
   * Answers the page's fetches of these paths with the given JSON bodies and records their URLs,
   * so a tab is tested against its API contract before (or without) the endpoint.
   */
  void stub(Map<String, Object> bodies) {
    driver.executeScript("""
        const bodies = arguments[0];
        const real = window.fetch.bind(window);
        window.stubbed = [];
        window.fetch = (url, options) => {
          const path = String(url).split('?')[0];
          if (!(path in bodies)) return real(url, options);
          window.stubbed.push(String(url));
          return Promise.resolve(new Response(JSON.stringify(bodies[path]),
            { status: 200, headers: { 'Content-Type': 'application/json' } }));
        };""", bodies);
  }

  /** The URLs answered by {@link #stub} since it was installed in this document. */
  @SuppressWarnings("unchecked")
  List<String> stubbed() {
    return (List<String>) driver.executeScript("return window.stubbed");
  }

  /** The part of the current URL after '#', decoded. */
  String hash() {
    String h = String.valueOf(driver.executeScript("return location.hash"));
    return java.net.URLDecoder.decode(h.replaceFirst("^#", ""), StandardCharsets.UTF_8);
  }

  void screenshot(String name) throws IOException {
    browser.screenshot(name);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    try {
      browser.close();
    } finally {
      server.close();
    }
  }
}

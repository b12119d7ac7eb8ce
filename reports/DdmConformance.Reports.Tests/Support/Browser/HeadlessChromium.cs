using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.Reports.Tests.Support.Browser;

/// <summary>
/// A real headless Chromium driven over the DevTools protocol (a WebSocket; no Selenium or Playwright on
/// our package mirror): load a page, click like a person (mouse events at an element's centre), read
/// what is rendered, take screenshots.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> pending = [];
    private readonly List<(string Method, TaskCompletionSource<JsonObject> Waiter)> eventWaiters = [];
    private readonly CancellationTokenSource closing = new();
    private Task? receiving;
    private int nextId;

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync(int width = 1400, int height = 2000)
    {
        var executable = ChromiumInstallation.Require();
        var profile = Path.Combine(Path.GetTempPath(), "ddm-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-dev-shm-usage", "--hide-scrollbars",
            $"--window-size={width},{height}", "--remote-debugging-port=0", "--remote-allow-origins=*", $"--user-data-dir={profile}", "about:blank",
        }) info.ArgumentList.Add(arg);

        var process = Process.Start(info) ?? throw new InvalidOperationException("chromium did not start");
        _ = process.StandardOutput.ReadToEndAsync();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            var port = await browser.DevToolsPortAsync(process);
            await browser.ConnectAsync(port);
            await browser.SendAsync("Page.enable");
            await browser.SendAsync("Runtime.enable");
            await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event (scripts have run by then).</summary>
    public async Task NavigateAsync(string url)
    {
        var loaded = WaitForEvent("Page.loadEventFired");
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await loaded.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is JsonObject error)
            throw new InvalidOperationException("page script failed: " + (error["exception"]?["description"] ?? error["text"]));
        return result["result"]?["value"];
    }

    public async Task<string> TextAsync(string expression) => (await EvaluateAsync(expression))?.GetValue<string>() ?? "";

    /// <summary>Clicks the element a CSS selector names, as a person would: scrolled into view, mouse down and up at its centre.</summary>
    public async Task ClickAsync(string selector)
    {
        var box = await EvaluateAsync($$"""
            (() => { const el = document.querySelector({{JsonSerializer.Serialize(selector)}}); if (!el) return null;
                     el.scrollIntoView({block: 'center'});
                     // The first line box: a link wrapped over two lines has a gap at its bounding box's centre.
                     const r = el.getClientRects()[0] || el.getBoundingClientRect();
                     return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height }; })()
            """) as JsonObject ?? throw new AssertionException($"nothing on the page matches {selector}");
        if (box["w"]!.GetValue<double>() <= 0 || box["h"]!.GetValue<double>() <= 0) throw new AssertionException($"{selector} is not visible, so it cannot be clicked");
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = box["x"]!.GetValue<double>(), ["y"] = box["y"]!.GetValue<double>(),
                ["button"] = type == "mouseMoved" ? "none" : "left", ["clickCount"] = type == "mouseMoved" ? 0 : 1,
            });
        }
        await Task.Delay(150); // let handlers and layout settle (filters debounce the search box only)
    }

    /// <summary>Renders the page with the print stylesheet (or the screen one again), as print preview does.</summary>
    public Task EmulatePrintAsync(bool print) => SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = print ? "print" : "" });

    /// <summary>Saves a PNG of the viewport (or of the whole page) to <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(string path, bool fullPage = false)
    {
        var request = new JsonObject { ["format"] = "png" };
        if (fullPage)
        {
            var size = (JsonObject)(await EvaluateAsync("({ w: document.documentElement.scrollWidth, h: Math.min(document.documentElement.scrollHeight, 16000) })"))!;
            request["captureBeyondViewport"] = true;
            request["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = size["w"]!.GetValue<double>(), ["height"] = size["h"]!.GetValue<double>(), ["scale"] = 1 };
        }
        var result = await SendAsync("Page.captureScreenshot", request);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result["data"]!.GetValue<string>()));
    }

    private async Task<int> DevToolsPortAsync(Process chromium)
    {
        // Chromium writes the port it chose into the profile once DevTools listens.
        var file = Path.Combine(profile, "DevToolsActivePort");
        var stderr = new StringBuilder();
        _ = Task.Run(async () => { while (await chromium.StandardError.ReadLineAsync() is { } line) lock (stderr) stderr.AppendLine(line); });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (chromium.HasExited) break;
            if (File.Exists(file))
            {
                var lines = await File.ReadAllLinesAsync(file);
                if (lines.Length > 0 && int.TryParse(lines[0], out var port)) return port;
            }
            await Task.Delay(100);
        }
        string said;
        lock (stderr) said = stderr.ToString();
        throw new AssertionException($"chromium did not open its DevTools port within 30 s{(chromium.HasExited ? $" (exited with {chromium.ExitCode})" : "")}: {said}");
    }

    private async Task ConnectAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var targets = await http.GetFromJsonAsync<JsonArray>($"http://127.0.0.1:{port}/json/list") ?? [];
        var page = targets.OfType<JsonObject>().FirstOrDefault(t => t["type"]?.GetValue<string>() == "page")
            ?? throw new AssertionException("chromium has no page to drive");
        await socket.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), CancellationToken.None);
        receiving = Task.Run(ReceiveLoopAsync);
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (pending) pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var response = await reply.Task.WaitAsync(TimeSpan.FromSeconds(30));
        if (response["error"] is JsonObject error) throw new InvalidOperationException($"{method}: {error["message"]}");
        return response["result"] as JsonObject ?? [];
    }

    private Task<JsonObject> WaitForEvent(string method)
    {
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (eventWaiters) eventWaiters.Add((method, waiter));
        return waiter.Task;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 20];
        var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open && !closing.IsCancellationRequested)
            {
                var part = await socket.ReceiveAsync(buffer, closing.Token);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var json = JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)) as JsonObject;
                message.SetLength(0);
                if (json is null) continue;
                if (json["id"] is JsonValue idValue)
                {
                    TaskCompletionSource<JsonObject>? reply;
                    lock (pending)
                    {
                        pending.Remove(idValue.GetValue<int>(), out reply);
                    }
                    reply?.TrySetResult(json);
                }
                else if (json["method"]?.GetValue<string>() is { } method)
                {
                    lock (eventWaiters)
                    {
                        foreach (var w in eventWaiters.Where(w => w.Method == method).ToList())
                        {
                            w.Waiter.TrySetResult(json);
                            eventWaiters.Remove(w);
                        }
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        closing.Cancel();
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
        }
        socket.Dispose();
        if (receiving is not null) await Task.WhenAny(receiving, Task.Delay(2000));
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
        }
        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

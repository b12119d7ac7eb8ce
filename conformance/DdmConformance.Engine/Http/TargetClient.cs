using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DdmConformance.Api;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Results;
using RestSharp;

namespace DdmConformance.Engine.Http;

/// <summary>
/// The one HTTP path of the engine: sends <see cref="ApiRequest"/>s with RestSharp, applies credentials,
/// timeout and size cap, counts requests, and records each exchange redacted.
/// </summary>
public sealed class TargetClient : IDisposable
{
    private readonly RunOptions options;
    private readonly RestClient client;
    private int requests;
    private readonly AkSkSigner? signer;
    private readonly RequestPacer pacer;

    public TargetClient(RunOptions options)
    {
        this.options = options;
        Redactor = new Redactor([options.Token, options.SecretKey, options.AccessKey, .. options.SecretFixtureValues]);
        pacer = new RequestPacer(options.RateLimitPerMinute);
        if (options.Token is null && options.AccessKey is not null && options.SecretKey is not null)
            signer = new AkSkSigner(options.AccessKey, options.SecretKey);
        client = new RestClient(new RestClientOptions
        {
            Timeout = options.RequestTimeout,
            ThrowOnAnyError = false,
            FollowRedirects = false,
            UserAgent = "DdmConformance",
        });
    }

    public Redactor Redactor { get; }

    /// <summary>HTTP requests sent so far, by every lane.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Answers that refused for load (429, 503 with Retry-After), waited out or not.</summary>
    public int ThrottledAnswers => Volatile.Read(ref throttledAnswers);

    private int throttledAnswers;

    /// <summary>How a request authenticates.</summary>
    public enum Credentials { Configured, None, Bad }

    /// <summary>
    /// Sends within the request budget. A 429 (or a 503 with Retry-After) is waited out and retried, and so is
    /// a connection reset on a GET, a bounded number of times: load is the target's right, not a deviation.
    /// </summary>
    /// <param name="baseUrl">The API's base URL; the run's target when null.</param>
    public async Task<(HttpOutcome Outcome, Exchange Exchange)> SendAsync(ApiRequest request, Credentials credentials, CancellationToken ct, Uri? baseUrl = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            await pacer.WaitTurnAsync(ct);
            var (outcome, exchange) = await SendOnceAsync(request, credentials, ct, baseUrl);
            var wait = RetryAfter(outcome);
            if (wait is not null) Interlocked.Increment(ref throttledAnswers);
            var retryable = wait is not null || (outcome.Failure == TransportFailure.Reset && request.Method == "GET");
            if (!retryable) return (outcome, exchange);
            if (attempt >= options.MaxRetries || wait > options.MaxRetryAfter)
                return (outcome with { Throttled = wait is not null }, exchange);
            await Task.Delay(wait ?? TimeSpan.FromMilliseconds(200 * (attempt + 1)), ct);
        }
    }

    /// <summary>How long the target asked us to wait, when it refused for load; null otherwise.</summary>
    private static TimeSpan? RetryAfter(HttpOutcome outcome)
    {
        if (outcome.Status is not (429 or 503)) return null;
        var header = outcome.Headers.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value;
        if (int.TryParse(header, out var seconds)) return TimeSpan.FromSeconds(Math.Max(0, seconds));
        if (DateTimeOffset.TryParse(header, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
            return at - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return outcome.Status == 429 ? TimeSpan.FromSeconds(1) : null; // 429 without a hint: a short pause
    }

    private async Task<(HttpOutcome Outcome, Exchange Exchange)> SendOnceAsync(ApiRequest request, Credentials credentials, CancellationToken ct, Uri? baseUrl)
    {
        if (request.CredentialQueryParameter.Length > 0)
        {
            // An RPC-style API takes its key in the query (DMS: AccessKeyId), not in a header.
            var key = credentials switch
            {
                Credentials.Configured => options.Token ?? options.AccessKey,
                Credentials.Bad => "invalid-" + Guid.NewGuid().ToString("N"),
                _ => null,
            };
            request = Planning.RequestFactory.Copy(request);
            request.Query.RemoveAll(q => q.Key == request.CredentialQueryParameter);
            if (key is not null) request.Query.Add(new(request.CredentialQueryParameter, key));
            credentials = Credentials.None;
        }
        var url = new Uri(baseUrl ?? options.BaseUrl, request.PathAndQuery.TrimStart('/'));
        var rest = new RestRequest(url, Method(request.Method));
        var sentHeaders = new List<KeyValuePair<string, string>>();
        void Header(string name, string value)
        {
            rest.AddOrUpdateHeader(name, value);
            sentHeaders.Add(new(name, value));
        }
        foreach (var h in request.Headers) Header(h.Key, h.Value);
        switch (credentials)
        {
            case Credentials.Configured when options.Token is not null:
                Header("X-Auth-Token", options.Token);
                break;
            case Credentials.Configured when signer is not null:
                Sign(signer);
                break;
            case Credentials.Bad when signer is not null:
                // Same access key, wrong secret: the signature cannot match.
                Sign(new AkSkSigner(options.AccessKey!, "wrong-" + Guid.NewGuid().ToString("N")));
                break;
            case Credentials.Bad:
                Header("X-Auth-Token", "invalid-" + Guid.NewGuid().ToString("N"));
                break;
        }

        void Sign(AkSkSigner with)
        {
            Header("X-Project-Id", options.ProjectId);
            var toSign = sentHeaders.ToList();
            foreach (var h in with.Sign(request.Method, url, toSign, request.JsonBody, DateTimeOffset.UtcNow)) Header(h.Key, h.Value);
        }
        if (request.JsonBody is not null)
        {
            rest.AddStringBody(request.JsonBody, request.ContentType);
            sentHeaders.Add(new("Content-Type", request.ContentType));
        }

        // Read the body ourselves so a huge response costs at most the cap (plus one byte to notice).
        var tooLarge = false;
        rest.ResponseWriter = stream =>
        {
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                var room = options.MaxResponseBytes - (int)buffer.Length;
                if (read > room)
                {
                    buffer.Write(chunk, 0, Math.Max(0, room));
                    tooLarge = true;
                    break;
                }
                buffer.Write(chunk, 0, read);
            }
            buffer.Position = 0;
            return buffer;
        };

        Interlocked.Increment(ref requests);
        var watch = Stopwatch.StartNew();
        HttpOutcome outcome;
        try
        {
            var response = await client.ExecuteAsync(rest, ct);
            outcome = Interpret(response, watch.Elapsed);
            if (tooLarge && outcome.Failure == TransportFailure.None)
                outcome = outcome with { Failure = TransportFailure.TooLarge, FailureMessage = $"response body larger than {options.MaxResponseBytes} bytes (cut there)" };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            outcome = new HttpOutcome(null, [], null, watch.Elapsed, TransportFailure.Timeout, $"no response within {options.RequestTimeout.TotalSeconds:0.#} s");
        }

        var exchange = new Exchange(request.Method, Redactor.Text(url.ToString())!, Redactor.Headers(sentHeaders), Redactor.Body(request.JsonBody),
            outcome.Status, Redactor.Headers(outcome.Headers), Redactor.Body(outcome.Body), outcome.Elapsed,
            outcome.Failure == TransportFailure.None ? null : Redactor.Text(outcome.FailureMessage));
        return (outcome, exchange);
    }

    private HttpOutcome Interpret(RestResponse response, TimeSpan elapsed)
    {
        var headers = (response.Headers ?? []).Concat(response.ContentHeaders ?? [])
            .Where(h => h.Name is not null)
            .Select(h => new KeyValuePair<string, string>(h.Name!, h.Value?.ToString() ?? "")).ToList();
        if (response.ResponseStatus == ResponseStatus.TimedOut)
            return new HttpOutcome(null, headers, null, elapsed, TransportFailure.Timeout, $"no response within {options.RequestTimeout.TotalSeconds:0.#} s");
        if (response.ResponseStatus is ResponseStatus.Error or ResponseStatus.Aborted && response.StatusCode == 0)
        {
            var e = response.ErrorException;
            var failure = IsTooLarge(e) ? TransportFailure.TooLarge : IsRefused(e) ? TransportFailure.Unreachable : TransportFailure.Reset;
            var message = failure == TransportFailure.TooLarge ? $"response body larger than {options.MaxResponseBytes} bytes" : Innermost(e)?.Message ?? response.ErrorMessage;
            return new HttpOutcome(null, headers, null, elapsed, failure, message);
        }
        return new HttpOutcome((int)response.StatusCode, headers, response.Content, elapsed, TransportFailure.None, null);
    }

    private static bool IsRefused(Exception? e)
        => Innermost(e) is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain };

    private static bool IsTooLarge(Exception? e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x.Message.Contains("exceed", StringComparison.OrdinalIgnoreCase) && x.Message.Contains("buffer", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static Exception? Innermost(Exception? e)
    {
        while (e?.InnerException is not null) e = e.InnerException;
        return e;
    }

    private static Method Method(string method) => method switch
    {
        "GET" => RestSharp.Method.Get,
        "POST" => RestSharp.Method.Post,
        "PUT" => RestSharp.Method.Put,
        "DELETE" => RestSharp.Method.Delete,
        "PATCH" => RestSharp.Method.Patch,
        "HEAD" => RestSharp.Method.Head,
        "OPTIONS" => RestSharp.Method.Options,
        _ => throw new ArgumentException($"unsupported HTTP method {method}"),
    };

    public void Dispose() => client.Dispose();
}

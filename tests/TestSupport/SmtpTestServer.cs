using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CorrAnalytics.TestSupport;

/// <summary>
/// A real SMTP server inside the test process (SmtpServer): keeps every message it accepts, refuses
/// the addresses it is told to (550), answers 451 to the first messages it is told to, and can be
/// stopped and started again on the same port to play a relay that is down.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stop;
    private Task? _running;
    private int _busyAnswers;

    private readonly (string User, string Password)? _login;

    private SmtpTestServer(int port, (string User, string Password)? login)
    {
        Port = port;
        _login = login;
    }

    public int Port { get; }

    /// <summary>Addresses answered 550 at RCPT TO.</summary>
    public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<MimeMessage> Received => _received.ToList();

    /// <summary>
    /// A server listening on a free port of 127.0.0.1 (or only that port chosen, not listening yet, with
    /// <paramref name="listening"/> false); with <paramref name="login"/>, it takes mail only after AUTH with it (offered without TLS).
    /// </summary>
    public static async Task<SmtpTestServer> Start(bool listening = true, (string User, string Password)? login = null)
    {
        var port = FreePort.Next();
        var server = new SmtpTestServer(port, login);
        if (listening)
            await server.Listen();
        return server;
    }

    /// <summary>The next <paramref name="count"/> messages are answered 451 (try again later).</summary>
    public void AnswerBusy(int count) => Interlocked.Exchange(ref _busyAnswers, count);

    public async Task Listen()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).IsSecure(false)
                .AuthenticationRequired(_login is not null).AllowUnsecureAuthentication(_login is not null))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(this));
        if (_login is { } login)
            services.Add(new SmtpServer.Authentication.DelegatingUserAuthenticator((user, password) => user == login.User && password == login.Password));
        _server = new SmtpServer.SmtpServer(options, services);
        _stop = new CancellationTokenSource();
        _running = _server.StartAsync(_stop.Token);
        await WaitUntilListening();
    }

    public async Task Stop()
    {
        if (_stop is null)
            return;
        await _stop.CancelAsync();
        try
        {
            await _running!;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
        _stop = null;
    }

    public ValueTask DisposeAsync() => new(Stop());

    private async Task WaitUntilListening()
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(25);
            }
        }
        throw new InvalidOperationException($"the test SMTP server did not listen on {Port}");
    }

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref owner._busyAnswers) >= 0)
                return Task.FromResult(new SmtpResponse((SmtpReplyCode)451, "4.3.2 busy, try again later"));
            using var stream = new MemoryStream(buffer.ToArray());
            owner._received.Enqueue(MimeMessage.Load(stream));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    private sealed class Filter(SmtpTestServer owner) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!owner.Refused.ContainsKey($"{to.User}@{to.Host}"));
    }
}

using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// The relay through MailKit: connected at the first message and kept for the next ones; a failure
/// drops the connection (the next try connects again) and comes out as a <see cref="DeliveryFailure"/>
/// that says whether trying again can help. The password goes to the relay and nowhere else.
/// </summary>
public sealed class SmtpRelay(SmtpOptions options) : IDisposable
{
    private readonly SmtpClient _client = new() { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };

    /// <summary>Sends <paramref name="message"/>; returns the relay's reply.</summary>
    public string Send(MimeMessage message, CancellationToken cancellationToken)
    {
        Connect(cancellationToken);
        try
        {
            return _client.Send(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Drop();
            throw Sending(e);
        }
    }

    private void Connect(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
            return;
        try
        {
            _client.Connect(options.Host ?? "", options.Port, options.SocketOptions, cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
                _client.Authenticate(options.User, options.Password ?? "", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Drop();
            throw Connecting(e);
        }
    }

    private DeliveryFailure Connecting(Exception e) => e switch
    {
        AuthenticationException => new(FailureKind.RelayRefused, $"{options.Host}:{options.Port} refused the user name or password of {options.User}", e),
        SslHandshakeException => new(FailureKind.RelayRefused, $"no TLS connection to {options.Host}:{options.Port} ({options.Security}): {e.Message}", e),
        SmtpCommandException c when (int)c.StatusCode >= 500 => new(FailureKind.RelayRefused, Said(c), e),
        SmtpCommandException c => new(FailureKind.Transient, Said(c), e),
        NotSupportedException => new(FailureKind.RelayRefused, $"{options.Host}:{options.Port}: {e.Message}", e),
        SocketException or IOException or TimeoutException or OperationCanceledException or SmtpProtocolException
            => new(FailureKind.Unreachable, $"no connection to {options.Host}:{options.Port}: {e.Message}", e),
        _ => new(FailureKind.RelayRefused, $"{options.Host}:{options.Port}: {e.Message}", e),
    };

    private static DeliveryFailure Sending(Exception e) => e switch
    {
        SmtpCommandException c when (int)c.StatusCode < 500 => new(FailureKind.Transient, Said(c), e),
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } c => new(FailureKind.RelayRefused, Said(c), e),
        SmtpCommandException c => new(FailureKind.Refused, Said(c), e),
        ServiceNotAuthenticatedException => new(FailureKind.RelayRefused, $"the relay asks for a user name and password: {e.Message}", e),
        _ => new(FailureKind.Transient, $"the connection broke while sending: {e.Message}", e),
    };

    private static string Said(SmtpCommandException e) =>
        $"{(int)e.StatusCode} {e.Message.Trim()}" + (e.Mailbox is { } mailbox ? $" ({mailbox.Address})" : "");

    private void Drop()
    {
        try
        {
            if (_client.IsConnected)
                _client.Disconnect(quit: false);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or OperationCanceledException)
        {
            // The connection is gone either way; the next try opens a new one.
        }
    }

    public void Dispose()
    {
        try
        {
            if (_client.IsConnected)
                _client.Disconnect(quit: true);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException or OperationCanceledException)
        {
            // Every message is sent or recorded by now; a QUIT the relay does not answer changes nothing.
        }
        _client.Dispose();
    }
}

using System.Runtime.InteropServices;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>Ctrl+C (SIGINT) or SIGTERM asks a long command to stop at its next safe point; a second one ends the process.</summary>
public static class StopSignal
{
    /// <summary>The exit code of a command stopped by Ctrl+C: 128 + SIGINT, as shells report it.</summary>
    public const int ExitCode = 130;

    public static IDisposable OnInterrupt(CancellationTokenSource stop, Action announce)
    {
        void Handle(PosixSignalContext signal)
        {
            if (stop.IsCancellationRequested)
                return; // the second signal: let the process end
            signal.Cancel = true;
            announce();
            stop.Cancel();
        }
        return new Registrations([PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)]);
    }

    private sealed class Registrations(IDisposable[] all) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in all)
                registration.Dispose();
        }
    }
}

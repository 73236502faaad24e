using System.Diagnostics;

namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>
/// The corr command as a separate process (the corr.dll built beside the tests), for what needs a
/// real process: being killed, and holding the warehouse while another command runs.
/// </summary>
public sealed class CorrProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private CorrProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public static CorrProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corr.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            info.Environment[key] = value;
        return new CorrProcess(Process.Start(info)!);
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no handler, no clean-up, no flush.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>
    /// SIGTERM, which corr handles as Ctrl+C. Not SIGINT itself: a test run started in the background
    /// (as CI scripts do) inherits SIGINT ignored, and so would the process under test.
    /// </summary>
    public void Interrupt() => Assert.Equal(0, SendSignal(_process.Id, 15));

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    public async Task<CorrOutcome> Finished()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await _process.WaitForExitAsync(timeout.Token);
        return new CorrOutcome(_process.ExitCode, await _output, await _error);
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the process ends; false if it ended first.</summary>
    public async Task<bool> Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (!condition())
        {
            if (_process.HasExited)
                return false;
            await Task.Delay(2, timeout.Token);
        }
        return true;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }
}

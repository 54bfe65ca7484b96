using Epub.Cli;

namespace Epub.Tests.Tools;

/// <summary>The command line run in this process, its output captured.</summary>
public static class InProcessCli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

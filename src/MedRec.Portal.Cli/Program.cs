using System.Text;
using MedRec.Portal.Cli;

// Chinese identifiers and labels must reach terminals and pipes intact, whatever the platform's default code page.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await CliApplication.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);

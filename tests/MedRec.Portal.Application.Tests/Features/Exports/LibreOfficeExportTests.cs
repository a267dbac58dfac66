using System.Diagnostics;
using System.Text;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Application.Tests.Features.Exports;

/// <summary>The workbook opens in a second program: LibreOffice converts every sheet to CSV with the formatted values.</summary>
public sealed class LibreOfficeExportTests
{
    private const string Soffice = "/usr/bin/soffice";

    [Fact]
    public async Task LibreOfficeOpensTheWorkbookAndReadsEverySheet()
    {
        if (!File.Exists(Soffice))
        {
            Assert.Skip($"LibreOffice not found at {Soffice}: run tests/scripts/install-test-deps.sh (installs the Debian libreoffice-calc package).");
        }

        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var world = await ExportWorld.CreateAsync(host);
        var file = await world.ExportAsync(ExportFormat.Xlsx, "zh-CN");
        var folder = Path.Combine(host.ScratchDirectory, "lo");
        Directory.CreateDirectory(folder);
        var xlsx = Path.Combine(folder, "export.xlsx");
        await File.WriteAllBytesAsync(xlsx, file.Content, TestContext.Current.CancellationToken);

        // Filter options: comma, double quote, UTF-8 (76), from line 1, ..., formatted values as shown, and sheet
        // -1 = every sheet to its own file (LibreOffice 7.2+). Its own profile so parallel runs do not collide.
        var start = new ProcessStartInfo(Soffice)
        {
            ArgumentList =
            {
                $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}",
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", folder, xlsx,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        var board = Read(folder, "export-A 实时榜.csv");
        board[0].Take(3).ShouldBe(["排名", "队伍", "Score"]);
        board[2].Take(3).ShouldBe(["2", ExportWorld.ChineseTeam, "0.8000"]);
        board[1][1].ShouldBe(ExportWorld.FormulaTeam, "text, not an evaluated formula");
        board[3][1].ShouldBe(ExportWorld.BaselineName);
        board[3][9].ShouldBe("是");
        Read(folder, "export-A 最新快照.csv")[3][2].ShouldBe("0.1235", "4 decimals as shown");
        var submissions = Read(folder, "export-提交记录.csv");
        submissions[1][5].ShouldBe("2025-06-10 12:00:00");
        Directory.GetFiles(folder, "export-*.csv").Length.ShouldBe(6);
    }

    private static List<string[]> Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        File.Exists(path).ShouldBeTrue($"LibreOffice wrote {name}; found: {string.Join(", ", Directory.GetFiles(folder).Select(Path.GetFileName))}");
        return CsvFiles.Parse(File.ReadAllText(path, Encoding.UTF8));
    }
}

using System.Text.Json;
using MedRec.Portal.Infrastructure.Baseline.Manifest;
using MedRec.Portal.Infrastructure.Baseline.Text;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class CharacterTokenizerTests
{
    private static readonly string[] Vocabulary = ["[PAD]", "[UNK]", "[SEP]", "胸", "闷", "痛", "a", "😀"];
    private static readonly ManifestTokenizer Settings = new() { Kind = "character", VocabularySize = Vocabulary.Length, PadId = 0, UnknownId = 1, SeparatorId = 2 };

    private static CharacterTokenizer Tokenizer(int maxLength, params ManifestField[] fields) =>
        new(Vocabulary, new ManifestInput { IdField = "id", Fields = fields, ListSeparator = "，", MaxLength = maxLength }, Settings);

    private static Dictionary<string, JsonElement> Record(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    [Fact]
    public void JoinsFieldsWithTheSeparatorAndPadsToTheMaximumLength()
    {
        var tokenizer = Tokenizer(8, new() { Name = "f1", MaxChars = 10 }, new() { Name = "f2", MaxChars = 10 });

        tokenizer.Encode(Record("""{"f1": "胸闷", "f2": "痛"}""")).ShouldBe([3, 4, 2, 5, 0, 0, 0, 0]);
    }

    [Fact]
    public void GivesUnknownCharactersTheUnknownIdAndCountsAnEmojiAsOneCharacter()
    {
        var tokenizer = Tokenizer(5, new ManifestField { Name = "f1", MaxChars = 10 });

        tokenizer.Encode(Record("""{"f1": "胸x😀🙂"}""")).ShouldBe([3, 1, 7, 1, 0]);
    }

    [Fact]
    public void KeepsTheHeadOrTheTailOfAFieldWithinItsCharacterBudget()
    {
        var tokenizer = Tokenizer(6, new() { Name = "head", MaxChars = 2 }, new() { Name = "tail", MaxChars = 2, Keep = "tail" });

        tokenizer.Encode(Record("""{"head": "胸闷痛", "tail": "痛😀闷"}""")).ShouldBe([3, 4, 2, 7, 4, 0]);
    }

    [Fact]
    public void CutsTheJoinedInputAtTheMaximumLength()
    {
        var tokenizer = Tokenizer(3, new() { Name = "f1", MaxChars = 10 }, new() { Name = "f2", MaxChars = 10 });

        tokenizer.Encode(Record("""{"f1": "胸闷痛", "f2": "痛"}""")).ShouldBe([3, 4, 5]);
    }

    [Fact]
    public void TreatsAMissingFieldAsEmptyButKeepsItsSeparator()
    {
        var tokenizer = Tokenizer(5, new() { Name = "f1", MaxChars = 10 }, new() { Name = "f2", MaxChars = 10 }, new() { Name = "f3", MaxChars = 10 });

        tokenizer.Encode(Record("""{"f3": "a", "f1": null}""")).ShouldBe([2, 2, 6, 0, 0]);
    }

    [Fact]
    public void RejectsAVocabularyEntryThatIsNotASingleCharacter()
    {
        string[] vocabulary = ["[PAD]", "[UNK]", "[SEP]", "ab"];

        var error = Should.Throw<ArgumentException>(() => new CharacterTokenizer(vocabulary, new ManifestInput { IdField = "id", Fields = [], ListSeparator = ",", MaxLength = 4 }, Settings with { VocabularySize = 4 }));

        error.Message.ShouldContain("entry 3");
    }
}

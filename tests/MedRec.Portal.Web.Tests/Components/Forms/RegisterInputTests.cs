using MedRec.Portal.Web.Components.Account.Forms;

namespace MedRec.Portal.Web.Tests.Components.Forms;

public sealed class RegisterInputTests
{
    [Fact]
    public void AWellFilledFormHasNoProblems() =>
        Valid().Validate().ShouldBeEmpty();

    [Theory]
    [InlineData("no-at-sign.example")]
    [InlineData("two@@example.com")]
    [InlineData("space in@example.com")]
    [InlineData("nodot@example")]
    public void RefusesEmailsWithTypos(string email)
    {
        var input = Valid();
        input.Email = email;

        input.Validate().ShouldContain(e => e.Field == nameof(RegisterInput.Email) && e.MessageKey == "Validation.EmailInvalid");
    }

    [Fact]
    public void ExplainsEveryPasswordRuleAtOnce()
    {
        var input = Valid();
        input.Password = "SHORT";
        input.ConfirmPassword = "SHORT";

        input.Validate().Select(e => e.MessageKey).ShouldBe(
            ["Validation.PasswordTooShort", "Validation.PasswordNeedsDigit", "Validation.PasswordNeedsLowercase"], ignoreOrder: true);
    }

    [Fact]
    public void RefusesDifferentConfirmationAndUnknownLanguages()
    {
        var input = Valid();
        input.ConfirmPassword = "something-else-9";
        input.PreferredLanguage = "fr";

        input.Validate().Select(e => e.Field).ShouldBe([nameof(RegisterInput.ConfirmPassword), nameof(RegisterInput.PreferredLanguage)], ignoreOrder: true);
    }

    private static RegisterInput Valid() => new()
    {
        Email = "mei@example.com",
        DisplayName = "Mei",
        Password = "correct-horse-42",
        ConfirmPassword = "correct-horse-42",
        PreferredLanguage = "zh-CN",
    };
}

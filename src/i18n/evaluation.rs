//! Copy of the evaluation result on the evaluation screen (and the progress report), in Dutch
//! and English. Document copy: only the documents module reaches it.

use super::ui::texts;
use super::Lang;

texts! {
    /// A piece of evaluation copy.
    E {
        ResultHeading => "Wat de evaluatie laat zien", "What the evaluation shows";
        Stage => "Fase", "Stage";
        NotScored => "nog niet volledig gescoord", "not fully scored yet";
        FellBack => "Teruggevallen: wat erachter kan zitten", "Fallen back: what may lie behind it";
        Then => "Toen", "Then";
        Now => "Nu", "Now";
        ThenAndNow => "Volwassenheid toen en nu", "Maturity then and now";
        Indicators => "Indicatoren tegen hun streefwaarde", "Indicators against their targets";
        Actual => "Gemeten", "Measured";
        Previous => "Vorige meting", "Previous measurement";
        Progress => "Voortgang", "Progress";
        NotMeasured => "nog niet gemeten", "not measured yet";
        Next => "De volgende periode", "The next period";
    }
}

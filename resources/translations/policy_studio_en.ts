<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>approval</name>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>%n placeholder text from a template remains ({code})</source>
      <translation>
        <numerusform>%n placeholder text from a template remains ({code})</numerusform>
        <numerusform>%n placeholder texts from a template remain ({code})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>%n placeholder texts from a template remain ({code})</source>
      <translation>
        <numerusform>%n placeholder text from a template remains ({code})</numerusform>
        <numerusform>%n placeholder texts from a template remain ({code})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>it has %n error finding</source>
      <translation>
        <numerusform>it has %n error finding</numerusform>
        <numerusform>it has %n error findings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/approval.py" />
      <source>it has %n error findings</source>
      <translation>
        <numerusform>it has %n error finding</numerusform>
        <numerusform>it has %n error findings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>art30</name>
    <message numerus="yes">
      <location filename="../../resources/documents/art30.html.j2" />
      <source>%n activities, one per purpose; a purpose within another is numbered under it.</source>
      <translation>
        <numerusform>%n activity, one per purpose; a purpose within another is numbered under it.</numerusform>
        <numerusform>%n activities, one per purpose; a purpose within another is numbered under it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n criminal offence data</source>
      <translation>
        <numerusform>%n criminal offence data</numerusform>
        <numerusform>%n criminal offence data</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n of the rules are under legal hold.</source>
      <translation>
        <numerusform>%n of the rules is under legal hold.</numerusform>
        <numerusform>%n of the rules are under legal hold.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_words.py" />
      <source>%n recipients in {places}</source>
      <translation>
        <numerusform>%n recipient in {places}</numerusform>
        <numerusform>%n recipients in {places}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>%n special category</source>
      <translation>
        <numerusform>%n special category</numerusform>
        <numerusform>%n special category</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>No retention rule for %n categories (in {families}).</source>
      <translation>
        <numerusform>No retention rule for %n category (in {families}).</numerusform>
        <numerusform>No retention rule for %n categories (in {families}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>Set for each category by %n retention rules (see the retention schedule): {period}, then {dispositions}.</source>
      <translation>
        <numerusform>Set for each category by %n retention rule (see the retention schedule): {period}, then {dispositions}.</numerusform>
        <numerusform>Set for each category by %n retention rules (see the retention schedule): {period}, then {dispositions}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30_groups.py" />
      <source>{count} of its %n categories</source>
      <translation>
        <numerusform>{count} of its %n category</numerusform>
        <numerusform>{count} of its %n categories</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/art30.py" />
      <source>{name} (with the %n purposes within it)</source>
      <translation>
        <numerusform>{name} (with the %n purpose within it)</numerusform>
        <numerusform>{name} (with the %n purposes within it)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>checks</name>
    <message numerus="yes">
      <location filename="../../app/validation/checks/_common.py" />
      <source>{items} and %n more</source>
      <translation>
        <numerusform>{items} and %n more</numerusform>
        <numerusform>{items} and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <location filename="../../app/ui/compare.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n difference</numerusform>
        <numerusform>%n differences</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>diff</name>
    <message numerus="yes">
      <location filename="../../app/commands/diff.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n difference</numerusform>
        <numerusform>%n differences</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>document standing</name>
    <message numerus="yes">
      <location filename="../../app/exporters/standing.py" />
      <source>Exported despite %n error finding: validation reports known problems in this policy (run policy-studio validate for the list).</source>
      <translation>
        <numerusform>Exported despite %n error finding: validation reports known problems in this policy (run policy-studio validate for the list).</numerusform>
        <numerusform>Exported despite %n error findings: validation reports known problems in this policy (run policy-studio validate for the list).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/standing.py" />
      <source>Exported despite %n error findings: validation reports known problems in this policy (run policy-studio validate for the list).</source>
      <translation>
        <numerusform>Exported despite %n error finding: validation reports known problems in this policy (run policy-studio validate for the list).</numerusform>
        <numerusform>Exported despite %n error findings: validation reports known problems in this policy (run policy-studio validate for the list).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>documents view</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/document/build.py" />
      <source>%n retention rules</source>
      <translation>
        <numerusform>%n retention rule</numerusform>
        <numerusform>%n retention rules</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/document/build.py" />
      <source>%n rules</source>
      <translation>
        <numerusform>%n rule</numerusform>
        <numerusform>%n rules</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>dpia</name>
    <message numerus="yes">
      <location filename="../../app/exporters/dpia.py" />
      <source>%n criteria met</source>
      <translation>
        <numerusform>%n criterion met</numerusform>
        <numerusform>%n criteria met</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/dpia.py" />
      <source>%n criterion met</source>
      <translation>
        <numerusform>%n criterion met</numerusform>
        <numerusform>%n criteria met</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>duration</name>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n days</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n months</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n weeks</source>
      <translation>
        <numerusform>%n week</numerusform>
        <numerusform>%n weeks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/duration.py" />
      <source>%n years</source>
      <translation>
        <numerusform>%n year</numerusform>
        <numerusform>%n years</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>editor</name>
    <message numerus="yes">
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Confirm %n proposed store label</source>
      <translation>
        <numerusform>Confirm %n proposed store label</numerusform>
        <numerusform>Confirm %n proposed store labels</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/editors/store_fields.py" />
      <source>Confirm %n proposed store labels</source>
      <translation>
        <numerusform>Confirm %n proposed store label</numerusform>
        <numerusform>Confirm %n proposed store labels</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>error words</name>
    <message numerus="yes">
      <location filename="../../app/domain/error_words.py" />
      <source>the text is too long; at most %n characters</source>
      <translation>
        <numerusform>the text is too long; at most %n character</numerusform>
        <numerusform>the text is too long; at most %n characters</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message numerus="yes">
      <location filename="../../app/commands/export.py" />
      <source>%n error findings; exporting anyway because of --force</source>
      <translation>
        <numerusform>%n error finding; exporting anyway because of --force</numerusform>
        <numerusform>%n error findings; exporting anyway because of --force</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/export.py" />
      <source>%n error findings; fix them or use --force</source>
      <translation>
        <numerusform>%n error finding; fix it or use --force</numerusform>
        <numerusform>%n error findings; fix them or use --force</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export &amp;anyway: the policy has %n error finding</source>
      <translation>
        <numerusform>Export &amp;anyway: the policy has %n error finding</numerusform>
        <numerusform>Export &amp;anyway: the policy has %n error findings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/dialog.py" />
      <source>Export &amp;anyway: the policy has %n error findings</source>
      <translation>
        <numerusform>Export &amp;anyway: the policy has %n error finding</numerusform>
        <numerusform>Export &amp;anyway: the policy has %n error findings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/export/controller.py" />
      <source>Exported although the policy has %n error findings.</source>
      <translation>
        <numerusform>Exported although the policy has %n error finding.</numerusform>
        <numerusform>Exported although the policy has %n error findings.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>fides import</name>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n already present</source>
      <translation>
        <numerusform>%n already present</numerusform>
        <numerusform>%n already present</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n collision</source>
      <translation>
        <numerusform>%n collision</numerusform>
        <numerusform>%n collisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n collisions</source>
      <translation>
        <numerusform>%n collision</numerusform>
        <numerusform>%n collisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n note</source>
      <translation>
        <numerusform>%n note</numerusform>
        <numerusform>%n notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n notes</source>
      <translation>
        <numerusform>%n note</numerusform>
        <numerusform>%n notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n policy fields to set</source>
      <translation>
        <numerusform>%n policy field to set</numerusform>
        <numerusform>%n policy fields to set</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>%n to add</source>
      <translation>
        <numerusform>%n to add</numerusform>
        <numerusform>%n to add</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>Add %n {section}</source>
      <translation>
        <numerusform>Add %n {section}</numerusform>
        <numerusform>Add %n {section}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides.py" />
      <source>Import %n items from Fides</source>
      <translation>
        <numerusform>Import %n item from Fides</numerusform>
        <numerusform>Import %n items from Fides</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides_resources.py" />
      <source>{at}: dataset {key}: %n data categories used</source>
      <translation>
        <numerusform>{at}: dataset {key}: %n data category used</numerusform>
        <numerusform>{at}: dataset {key}: %n data categories used</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides_resources.py" />
      <source>{at}: dataset {key}: %n data category used</source>
      <translation>
        <numerusform>{at}: dataset {key}: %n data category used</numerusform>
        <numerusform>{at}: dataset {key}: %n data categories used</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/fides_resources.py" />
      <source>{file}: %n entries that a Policy Studio export generated for keys its policy did not declare are left out: {keys}</source>
      <translation>
        <numerusform>{file}: %n entry that a Policy Studio export generated for a key its policy did not declare is left out: {keys}</numerusform>
        <numerusform>{file}: %n entries that a Policy Studio export generated for keys its policy did not declare are left out: {keys}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>file errors</name>
    <message numerus="yes">
      <location filename="../../app/storage/loader.py" />
      <source>... and %n more problems</source>
      <translation>
        <numerusform>... and %n more problem</numerusform>
        <numerusform>... and %n more problems</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>files</name>
    <message numerus="yes">
      <location filename="../../app/ui/files/migrating.py" />
      <source>%n rule without recipients now says '*' (any recipient), as format 1 meant.</source>
      <translation>
        <numerusform>%n rule without recipients now says '*' (any recipient), as format 1 meant.</numerusform>
        <numerusform>%n rules without recipients now say '*' (any recipient), as format 1 meant.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/files/migrating.py" />
      <source>%n rules without recipients now say '*' (any recipient), as format 1 meant.</source>
      <translation>
        <numerusform>%n rule without recipients now says '*' (any recipient), as format 1 meant.</numerusform>
        <numerusform>%n rules without recipients now say '*' (any recipient), as format 1 meant.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>findings</name>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n error</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n errors</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/reporters/__init__.py" />
      <source>%n file</source>
      <translation>
        <numerusform>%n file</numerusform>
        <numerusform>%n files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/reporters/__init__.py" />
      <source>%n files</source>
      <translation>
        <numerusform>%n file</numerusform>
        <numerusform>%n files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n note</source>
      <translation>
        <numerusform>%n note</numerusform>
        <numerusform>%n notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n notes</source>
      <translation>
        <numerusform>%n note</numerusform>
        <numerusform>%n notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n warning</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/validation/finding.py" />
      <source>%n warnings</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/flow/view.py" />
      <source>%n boxes, from top to bottom</source>
      <translation>
        <numerusform>%n box, from top to bottom</numerusform>
        <numerusform>%n boxes, from top to bottom</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/flow.py" />
      <source>{items} and %n more</source>
      <translation>
        <numerusform>{items} and %n more</numerusform>
        <numerusform>{items} and %n more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/flow.py" />
      <source>{section} under {group}: %n used: {items} (double-click or Enter to expand)</source>
      <translation>
        <numerusform>{section} under {group}: %n used: {items} (double-click or Enter to expand)</numerusform>
        <numerusform>{section} under {group}: %n used: {items} (double-click or Enter to expand)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n commit changed this file.</source>
      <translation>
        <numerusform>%n commit changed this file.</numerusform>
        <numerusform>%n commits changed this file.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n commits changed this file.</source>
      <translation>
        <numerusform>%n commit changed this file.</numerusform>
        <numerusform>%n commits changed this file.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n difference between the two versions.</source>
      <translation>
        <numerusform>%n difference between the two versions.</numerusform>
        <numerusform>%n differences between the two versions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/dialog.py" />
      <source>%n differences between the two versions.</source>
      <translation>
        <numerusform>%n difference between the two versions.</numerusform>
        <numerusform>%n differences between the two versions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>No earlier version of {path} in git history (%n commit) carries an approval of its content, so this is the first approval.</source>
      <translation>
        <numerusform>No earlier version of {path} in git history (%n commit) carries an approval of its content, so this is the first approval.</numerusform>
        <numerusform>No earlier version of {path} in git history (%n commits) carries an approval of its content, so this is the first approval.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>No earlier version of {path} in git history (%n commits) carries an approval of its content, so this is the first approval.</source>
      <translation>
        <numerusform>No earlier version of {path} in git history (%n commit) carries an approval of its content, so this is the first approval.</numerusform>
        <numerusform>No earlier version of {path} in git history (%n commits) carries an approval of its content, so this is the first approval.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/since.py" />
      <source>None of the latest %n versions of {path} in git history carries an approval of its content (older ones were not read).</source>
      <translation>
        <numerusform>The latest version of {path} in git history does not carry an approval of its content (older ones were not read).</numerusform>
        <numerusform>None of the latest %n versions of {path} in git history carries an approval of its content (older ones were not read).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/readonly.py" />
      <source>Wrote %n approved documents to {folder}</source>
      <translation>
        <numerusform>Wrote %n approved document to {folder}</numerusform>
        <numerusform>Wrote %n approved documents to {folder}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/work.py" />
      <source>{count} denied for another reason</source>
      <translation>
        <numerusform>{count} denied for another reason</numerusform>
        <numerusform>{count} denied for another reason</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/work.py" />
      <source>{count} kept differently</source>
      <translation>
        <numerusform>{count} kept differently</numerusform>
        <numerusform>{count} kept differently</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/work.py" />
      <source>{count} newly allowed</source>
      <translation>
        <numerusform>{count} newly allowed</numerusform>
        <numerusform>{count} newly allowed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/history/work.py" />
      <source>{count} newly denied</source>
      <translation>
        <numerusform>{count} newly denied</numerusform>
        <numerusform>{count} newly denied</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>impact report</name>
    <message numerus="yes">
      <location filename="../../app/exporters/impact_report.py" />
      <source>all {uses} uses compared get the same decision</source>
      <translation>
        <numerusform>the {uses} use compared gets the same decision</numerusform>
        <numerusform>all {uses} uses compared get the same decision</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/impact_report.py" />
      <source>{changed} of the {uses} uses compared get a different decision</source>
      <translation>
        <numerusform>{changed} of the {uses} use compared gets a different decision</numerusform>
        <numerusform>{changed} of the {uses} uses compared get a different decision</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/impact_report.py" />
      <source>{count} use</source>
      <translation>
        <numerusform>{count} use</numerusform>
        <numerusform>{count} uses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/impact_report.py" />
      <source>{count} uses</source>
      <translation>
        <numerusform>{count} use</numerusform>
        <numerusform>{count} uses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/impact_report.py" />
      <source>{names} and %n more</source>
      <translation>
        <numerusform>{names} and %n more</numerusform>
        <numerusform>{names} and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>matrix</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/model.py" />
      <source> (%n pairs checked)</source>
      <translation>
        <numerusform> (%n pair checked)</numerusform>
        <numerusform> (%n pairs checked)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>All %n pairs in this group get this answer.</source>
      <translation>
        <numerusform>The %n pair in this group gets this answer.</numerusform>
        <numerusform>All %n pairs in this group get this answer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/details.py" />
      <source>Each of the %n pairs in this group is allowed for some subjects or recipients, not all. Expand the group to see whom.</source>
      <translation>
        <numerusform>The %n pair in this group is allowed for some subjects or recipients, not all. Expand the group to see whom.</numerusform>
        <numerusform>Each of the %n pairs in this group is allowed for some subjects or recipients, not all. Expand the group to see whom.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/domain/matrix_reach.py" />
      <source>{count} of %n subjects</source>
      <translation>
        <numerusform>{count} of %n subject</numerusform>
        <numerusform>{count} of %n subjects</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>matrix cell</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/cell_actions.py" />
      <source>%n allow rules cover this cell; drop onto a cell with exactly one allow rule, or use Allow first.</source>
      <translation>
        <numerusform>%n allow rule covers this cell; drop onto a cell with exactly one allow rule, or use Allow first.</numerusform>
        <numerusform>%n allow rules cover this cell; drop onto a cell with exactly one allow rule, or use Allow first.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>matrix who</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/who.py" />
      <source>{allowed} of %n recipients</source>
      <translation>
        <numerusform>{allowed} of %n recipient</numerusform>
        <numerusform>{allowed} of %n recipients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/who.py" />
      <source>{allowed} of %n recipients or not shared</source>
      <translation>
        <numerusform>{allowed} of %n recipient or not shared</numerusform>
        <numerusform>{allowed} of %n recipients or not shared</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/who.py" />
      <source>{allowed} of %n subjects</source>
      <translation>
        <numerusform>{allowed} of %n subject</numerusform>
        <numerusform>{allowed} of %n subjects</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/who.py" />
      <source>{names} and %n more</source>
      <translation>
        <numerusform>{names} and %n more</numerusform>
        <numerusform>{names} and %n more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/who.py" />
      <source>{reason}: {count} of %n</source>
      <translation>
        <numerusform>{reason}: {count} of %n</numerusform>
        <numerusform>{reason}: {count} of %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/matrix/who.py" />
      <source>… and %n more groups of subjects</source>
      <translation>
        <numerusform>… and %n more group of subjects</numerusform>
        <numerusform>… and %n more groups of subjects</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>merge</name>
    <message numerus="yes">
      <location filename="../../app/commands/merge.py" />
      <source>%n conflicts (ours' value kept in each):</source>
      <translation>
        <numerusform>%n conflict (ours' value kept):</numerusform>
        <numerusform>%n conflicts (ours' value kept in each):</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/merge_conflicts.py" />
      <source>{name}: {done} of %n merge conflicts resolved (until then each holds ours' value).</source>
      <translation>
        <numerusform>{name}: {done} of %n merge conflict resolved (until then it holds ours' value).</numerusform>
        <numerusform>{name}: {done} of %n merge conflicts resolved (until then each holds ours' value).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>notice</name>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_words.py" />
      <source>%n more</source>
      <translation>
        <numerusform>%n more</numerusform>
        <numerusform>%n more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We collect %n kind of data, such as {examples}.</source>
      <translation>
        <numerusform>We collect %n kind of data, such as {examples}.</numerusform>
        <numerusform>We collect %n kinds of data, such as {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We collect %n kinds of data, such as {examples}.</source>
      <translation>
        <numerusform>We collect %n kind of data, such as {examples}.</numerusform>
        <numerusform>We collect %n kinds of data, such as {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We share some of your data with %n other organisation, such as {examples}.</source>
      <translation>
        <numerusform>We share some of your data with %n other organisation, such as {examples}.</numerusform>
        <numerusform>We share some of your data with %n other organisations, such as {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We share some of your data with %n other organisations, such as {examples}.</source>
      <translation>
        <numerusform>We share some of your data with %n other organisation, such as {examples}.</numerusform>
        <numerusform>We share some of your data with %n other organisations, such as {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We use your data for %n purpose, such as {examples}.</source>
      <translation>
        <numerusform>We use your data for %n purpose, such as {examples}.</numerusform>
        <numerusform>We use your data for %n purposes, such as {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_parts.py" />
      <source>We use your data for %n purposes, such as {examples}.</source>
      <translation>
        <numerusform>We use your data for %n purpose, such as {examples}.</numerusform>
        <numerusform>We use your data for %n purposes, such as {examples}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You have %n right over your data, listed in section 7.</source>
      <translation>
        <numerusform>You have %n right over your data, listed in section 7.</numerusform>
        <numerusform>You have %n rights over your data, listed in section 7.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/notice_choices.py" />
      <source>You have %n rights over your data, listed in section 7.</source>
      <translation>
        <numerusform>You have %n right over your data, listed in section 7.</numerusform>
        <numerusform>You have %n rights over your data, listed in section 7.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>picker</name>
    <message numerus="yes">
      <location filename="../../app/ui/editors/pickers.py" />
      <source>%n items</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>policy document</name>
    <message numerus="yes">
      <location filename="../../app/exporters/policy_summary.py" />
      <source>%n more</source>
      <translation>
        <numerusform>%n more</numerusform>
        <numerusform>%n more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-summary.html.j2" />
      <source>The %n allowed uses (combinations of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent) with the highest intrusiveness scores. Each score comes from transparent factors; it is a review aid, not a verdict.</source>
      <translation>
        <numerusform>The %n allowed use (a combination of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent) with the highest intrusiveness score. Each score comes from transparent factors; it is a review aid, not a verdict.</numerusform>
        <numerusform>The %n allowed uses (combinations of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent) with the highest intrusiveness scores. Each score comes from transparent factors; it is a review aid, not a verdict.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>The %n most intrusive uses</source>
      <translation>
        <numerusform>The %n most intrusive use</numerusform>
        <numerusform>The %n most intrusive uses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/documents/policy-sections.html.j2" />
      <source>The policy allows %n uses (combinations of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent). Each gets a score from transparent factors; it is a review aid, not a verdict.</source>
      <translation>
        <numerusform>The policy allows %n use (a combination of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent). It gets a score from transparent factors; it is a review aid, not a verdict.</numerusform>
        <numerusform>The policy allows %n uses (combinations of data, purpose, person, recipient and region that the rules allow and no deny rule removes, counting uses that need the person's consent). Each gets a score from transparent factors; it is a review aid, not a verdict.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>redline</name>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n added</source>
      <translation>
        <numerusform>%n added</numerusform>
        <numerusform>%n added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n changed</source>
      <translation>
        <numerusform>%n changed</numerusform>
        <numerusform>%n changed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline.py" />
      <source>%n difference</source>
      <translation>
        <numerusform>%n difference</numerusform>
        <numerusform>%n differences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n difference:</source>
      <translation>
        <numerusform>%n difference:</numerusform>
        <numerusform>%n differences:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline.py" />
      <source>%n differences</source>
      <translation>
        <numerusform>%n difference</numerusform>
        <numerusform>%n differences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n differences:</source>
      <translation>
        <numerusform>%n difference:</numerusform>
        <numerusform>%n differences:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n policy detail changed</source>
      <translation>
        <numerusform>%n policy detail changed</numerusform>
        <numerusform>%n policy details changed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n policy details changed</source>
      <translation>
        <numerusform>%n policy detail changed</numerusform>
        <numerusform>%n policy details changed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n removed</source>
      <translation>
        <numerusform>%n removed</numerusform>
        <numerusform>%n removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/exporters/redline_html.py" />
      <source>%n renamed</source>
      <translation>
        <numerusform>%n renamed</numerusform>
        <numerusform>%n renamed</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>retention import</name>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n field to change</source>
      <translation>
        <numerusform>%n field to change</numerusform>
        <numerusform>%n fields to change</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n fields to change</source>
      <translation>
        <numerusform>%n field to change</numerusform>
        <numerusform>%n fields to change</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n unknown rule id</source>
      <translation>
        <numerusform>%n unknown rule id</numerusform>
        <numerusform>%n unknown rule ids</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>%n unknown rule ids</source>
      <translation>
        <numerusform>%n unknown rule id</numerusform>
        <numerusform>%n unknown rule ids</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>Import retention schedule (%n change)</source>
      <translation>
        <numerusform>Import retention schedule (%n change)</numerusform>
        <numerusform>Import retention schedule (%n changes)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/importers/retention_schedule.py" />
      <source>Import retention schedule (%n changes)</source>
      <translation>
        <numerusform>Import retention schedule (%n change)</numerusform>
        <numerusform>Import retention schedule (%n changes)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message numerus="yes">
      <location filename="../../app/commands/review.py" />
      <source>%n allowed uses ({tally})</source>
      <translation>
        <numerusform>%n allowed use ({tally})</numerusform>
        <numerusform>%n allowed uses ({tally})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/review/view.py" />
      <source>%n uses</source>
      <translation>
        <numerusform>%n use</numerusform>
        <numerusform>%n uses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/review/view.py" />
      <source>{shown} of %n uses</source>
      <translation>
        <numerusform>{shown} of %n use</numerusform>
        <numerusform>{shown} of %n uses</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>test</name>
    <message numerus="yes">
      <location filename="../../app/commands/expectations_run.py" />
      <source>{engine}: {done}/%n expectations</source>
      <translation>
        <numerusform>{engine}: {done}/%n expectation</numerusform>
        <numerusform>{engine}: {done}/%n expectations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/expectations_run.py" />
      <source>{held} of %n expectations hold on {engines}; {verdict}</source>
      <translation>
        <numerusform>{held} of %n expectation holds on {engines}; {verdict}</numerusform>
        <numerusform>{held} of %n expectations hold on {engines}; {verdict}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tester batch</name>
    <message numerus="yes">
      <location filename="../../app/ui/views/tester/batch_panel.py" />
      <source>%n requests, {allowed} allowed, {denied} denied.</source>
      <translation>
        <numerusform>%n request, {allowed} allowed, {denied} denied.</numerusform>
        <numerusform>%n requests, {allowed} allowed, {denied} denied.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/tester/batch_panel.py" />
      <source>Saved %n answers to {name}.</source>
      <translation>
        <numerusform>Saved %n answer to {name}.</numerusform>
        <numerusform>Saved %n answers to {name}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/tester/batch_panel.py" />
      <source>{name} not loaded: %n problems.</source>
      <translation>
        <numerusform>{name} not loaded: %n problem.</numerusform>
        <numerusform>{name} not loaded: %n problems.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/views/tester/batch_panel.py" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… and %n more</numerusform>
        <numerusform>… and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>validate</name>
    <message numerus="yes">
      <location filename="../../app/commands/validate.py" />
      <source>%n checks</source>
      <translation>
        <numerusform>%n check</numerusform>
        <numerusform>%n checks</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>verify</name>
    <message numerus="yes">
      <location filename="../../app/commands/verify.py" />
      <source>{file}: %n approval verified</source>
      <translation>
        <numerusform>{file}: %n approval verified</numerusform>
        <numerusform>{file}: %n approvals verified</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/commands/verify.py" />
      <source>{file}: %n approvals verified</source>
      <translation>
        <numerusform>{file}: %n approval verified</numerusform>
        <numerusform>{file}: %n approvals verified</numerusform>
      </translation>
    </message>
  </context>
</TS>

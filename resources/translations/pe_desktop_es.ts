<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>New action item:</source>
        <extracomment>pe_desktop/ui/actions_panel.py:124, pe_desktop/ui/actions_panel.py:234</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <extracomment>pe_desktop/ui/actions_panel.py:220, pe_desktop/ui/actions_panel.py:221</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the selected action item:</source>
        <extracomment>pe_desktop/ui/actions_panel.py:222</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <extracomment>pe_desktop/ui/actions_panel.py:48</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>pe_desktop/ui/actions_panel.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>pe_desktop/ui/actions_panel.py:50, pe_desktop/ui/actions_panel.py:73</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/actions_panel.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>pe_desktop/ui/actions_panel.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>pe_desktop/ui/actions_panel.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action text</source>
        <extracomment>pe_desktop/ui/actions_panel.py:67</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <extracomment>pe_desktop/ui/actions_panel.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action owner</source>
        <extracomment>pe_desktop/ui/actions_panel.py:70</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>pe_desktop/ui/actions_panel.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action has a due date</source>
        <extracomment>pe_desktop/ui/actions_panel.py:73</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>pe_desktop/ui/actions_panel.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item the action is about</source>
        <extracomment>pe_desktop/ui/actions_panel.py:80</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole session</source>
        <extracomment>pe_desktop/ui/actions_panel.py:81</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action status</source>
        <extracomment>pe_desktop/ui/actions_panel.py:84</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <extracomment>pe_desktop/ui/actions_panel.py:88, pe_desktop/ui/actions_panel.py:232, pe_desktop/ui/actions_panel.py:233</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <extracomment>pe_desktop/ui/actions_panel.py:90</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>pe_desktop/ui/actions_panel.py:93</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected action</source>
        <extracomment>pe_desktop/ui/actions_panel.py:93</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <extracomment>pe_desktop/ui/actions_panel.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected action done</source>
        <extracomment>pe_desktop/ui/actions_panel.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>pe_desktop/ui/actions_panel.py:97</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected action</source>
        <extracomment>pe_desktop/ui/actions_panel.py:97</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserEdits</name>
    <message>
        <source>Edit session “%1”</source>
        <extracomment>pe_desktop/ui/browser_edits.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <extracomment>pe_desktop/ui/browser_edits.py:132</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session “%1”</source>
        <extracomment>pe_desktop/ui/browser_edits.py:73</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserModel</name>
    <message>
        <source>Date</source>
        <extracomment>pe_desktop/ui/browser_model.py:31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>pe_desktop/ui/browser_model.py:31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>pe_desktop/ui/browser_model.py:31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>pe_desktop/ui/browser_model.py:31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>pe_desktop/ui/browser_model.py:31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>pe_desktop/ui/browser_model.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>pe_desktop/ui/browser_model.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>pe_desktop/ui/browser_model.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <extracomment>pe_desktop/ui/browser_model.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <extracomment>pe_desktop/ui/browser_model.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>pe_desktop/ui/browser_model.py:70</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>{0} as a table</source>
        <extracomment>pe_desktop/charts/table.py:27</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Whole session</source>
        <extracomment>pe_desktop/ui/console_common.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>pe_desktop/ui/console_common.py:134</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting open</source>
        <extracomment>pe_desktop/ui/console_common.py:135</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed</source>
        <extracomment>pe_desktop/ui/console_common.py:136</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <extracomment>pe_desktop/ui/console_common.py:137</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>pe_desktop/ui/console_common.py:143</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <extracomment>pe_desktop/ui/console_common.py:144</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <extracomment>pe_desktop/ui/console_common.py:145</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few</source>
        <extracomment>pe_desktop/ui/console_common.py:146</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength</source>
        <extracomment>pe_desktop/ui/console_common.py:152</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch</source>
        <extracomment>pe_desktop/ui/console_common.py:153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concern</source>
        <extracomment>pe_desktop/ui/console_common.py:154</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>pe_desktop/ui/console_common.py:160</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <extracomment>pe_desktop/ui/console_common.py:161</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <extracomment>pe_desktop/ui/console_common.py:162</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally</source>
        <extracomment>pe_desktop/ui/console_common.py:163</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>pe_desktop/ui/console_common.py:164</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <extracomment>pe_desktop/ui/console_common.py:169</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>pe_desktop/ui/console_common.py:169</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <extracomment>pe_desktop/ui/console_common.py:169</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>pe_desktop/ui/console_common.py:175</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <extracomment>pe_desktop/ui/console_common.py:175</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>pe_desktop/ui/console_common.py:175</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleBallots</name>
    <message>
        <source>Print ballots</source>
        <extracomment>pe_desktop/ui/console_ballots.py:48, pe_desktop/ui/console_ballots.py:56, pe_desktop/ui/console_ballots.py:87</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots</source>
        <extracomment>pe_desktop/ui/console_ballots.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>pe_desktop/ui/console_ballots.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolePhoneControls</name>
    <message>
        <source>Phone voting started: %1</source>
        <extracomment>pe_desktop/ui/console_phone.py:106</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop phone voting</source>
        <extracomment>pe_desktop/ui/console_phone.py:111</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop phone voting now?</source>
        <extracomment>pe_desktop/ui/console_phone.py:111</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones can no longer vote or join until you start phone voting again. Votes already saved stay saved.</source>
        <extracomment>pe_desktop/ui/console_phone.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone voting stopped</source>
        <extracomment>pe_desktop/ui/console_phone.py:117</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;phone voting…</source>
        <extracomment>pe_desktop/ui/console_phone.py:39</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let people vote from their phones over this laptop&apos;s Wi-Fi</source>
        <extracomment>pe_desktop/ui/console_phone.py:40</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone voting…</source>
        <extracomment>pe_desktop/ui/console_phone.py:42</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop p&amp;hone voting</source>
        <extracomment>pe_desktop/ui/console_phone.py:44</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones can no longer vote; saved votes stay</source>
        <extracomment>pe_desktop/ui/console_phone.py:45</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop phones</source>
        <extracomment>pe_desktop/ui/console_phone.py:47</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;ballots…</source>
        <extracomment>pe_desktop/ui/console_phone.py:49</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper ballots as a PDF; with the phone address while phone voting runs</source>
        <extracomment>pe_desktop/ui/console_phone.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone voting status</source>
        <extracomment>pe_desktop/ui/console_phone.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone voting: off</source>
        <extracomment>pe_desktop/ui/console_phone.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <extracomment>pe_desktop/ui/console_phone.py:72</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Phone voting: %1 — %2</source>
        <extracomment>pe_desktop/ui/console_phone.py:73</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>%1 sessions</source>
        <extracomment>pe_desktop/ui/session_details.py:113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <extracomment>pe_desktop/ui/session_details.py:113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>pe_desktop/ui/session_details.py:133</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 round</source>
        <extracomment>pe_desktop/ui/session_details.py:139</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 rounds (now in round %1)</source>
        <extracomment>pe_desktop/ui/session_details.py:139</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <extracomment>pe_desktop/ui/session_details.py:141</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <extracomment>pe_desktop/ui/session_details.py:145</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review closed session</source>
        <extracomment>pe_desktop/ui/session_details.py:153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>pe_desktop/ui/session_details.py:44</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected title</source>
        <extracomment>pe_desktop/ui/session_details.py:45</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>pe_desktop/ui/session_details.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <extracomment>pe_desktop/ui/session_details.py:53</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership:</source>
        <extracomment>pe_desktop/ui/session_details.py:53</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <extracomment>pe_desktop/ui/session_details.py:53</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <extracomment>pe_desktop/ui/session_details.py:54</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <extracomment>pe_desktop/ui/session_details.py:54</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <extracomment>pe_desktop/ui/session_details.py:54</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <extracomment>pe_desktop/ui/session_details.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds:</source>
        <extracomment>pe_desktop/ui/session_details.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>pe_desktop/ui/session_details.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group size:</source>
        <extracomment>pe_desktop/ui/session_details.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <extracomment>pe_desktop/ui/session_details.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items:</source>
        <extracomment>pe_desktop/ui/session_details.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <extracomment>pe_desktop/ui/session_details.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session console</source>
        <extracomment>pe_desktop/ui/session_details.py:69, pe_desktop/ui/session_details.py:70, pe_desktop/ui/session_details.py:153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>pe_desktop/ui/session_details.py:72</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <extracomment>pe_desktop/ui/session_details.py:73</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <extracomment>pe_desktop/ui/session_details.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <extracomment>pe_desktop/ui/session_details.py:75</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <extracomment>pe_desktop/ui/session_details.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>pe_desktop/ui/session_details.py:77</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session on the left, or create a new one.</source>
        <extracomment>pe_desktop/ui/session_details.py:94</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussFirst</name>
    <message>
        <source>too few ratings yet (%1)</source>
        <extracomment>pe_desktop/ui/console_discuss.py:21</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rwg %2)</source>
        <extracomment>pe_desktop/ui/console_discuss.py:23</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power gap %1</source>
        <extracomment>pe_desktop/ui/console_discuss.py:26</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1</source>
        <extracomment>pe_desktop/ui/console_discuss.py:27</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussFirstList</name>
    <message>
        <source>Discuss first</source>
        <extracomment>pe_desktop/ui/console_discuss.py:40</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items ranked for discussion: least agreement, largest power gap, lowest median</source>
        <extracomment>pe_desktop/ui/console_discuss.py:41</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussTimer</name>
    <message>
        <source>Pause</source>
        <extracomment>pe_desktop/ui/discuss_timer.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion time left</source>
        <extracomment>pe_desktop/ui/discuss_timer.py:48</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion minutes</source>
        <extracomment>pe_desktop/ui/discuss_timer.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>pe_desktop/ui/discuss_timer.py:53</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>pe_desktop/ui/discuss_timer.py:56, pe_desktop/ui/discuss_timer.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <extracomment>pe_desktop/ui/discuss_timer.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>pe_desktop/ui/discuss_timer.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <extracomment>pe_desktop/ui/discuss_timer.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export summary PDF</source>
        <extracomment>pe_desktop/ui/main_exports.py:193, pe_desktop/ui/main_exports.py:250</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ballots</source>
        <extracomment>pe_desktop/ui/main_exports.py:193, pe_desktop/ui/main_exports.py:270</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots</source>
        <extracomment>pe_desktop/ui/main_exports.py:202</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <extracomment>pe_desktop/ui/main_exports.py:202</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>pe_desktop/ui/main_exports.py:203</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>pe_desktop/ui/main_exports.py:223</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <extracomment>pe_desktop/ui/main_exports.py:223, pe_desktop/ui/main_exports.py:287</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings</source>
        <extracomment>pe_desktop/ui/main_exports.py:223</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export session file</source>
        <extracomment>pe_desktop/ui/main_exports.py:290, pe_desktop/ui/main_exports.py:310</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session files (*.sqlite)</source>
        <extracomment>pe_desktop/ui/main_exports.py:291</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <extracomment>pe_desktop/ui/main_exports.py:291</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Paper size</source>
        <extracomment>pe_desktop/ui/export_options.py:45</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <extracomment>pe_desktop/ui/export_options.py:48</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>pe_desktop/ui/export_options.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>pe_desktop/ui/export_options.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <extracomment>pe_desktop/ui/export_options.py:65</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ballot for each of the %1 paper participants, plus the blank ones.</source>
        <extracomment>pe_desktop/ui/export_options.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper participants yet: print blank ballots with an empty code box.</source>
        <extracomment>pe_desktop/ui/export_options.py:70</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank ballots:</source>
        <extracomment>pe_desktop/ui/export_options.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <extracomment>pe_desktop/ui/export_options.py:84</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file</source>
        <extracomment>pe_desktop/ui/export_options.py:85</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <source>%1 has a problem; it was not imported.</source>
        <extracomment>pe_desktop/ui/form_import.py:44</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 problems; it was not imported.</source>
        <extracomment>pe_desktop/ui/form_import.py:45</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in your forms folder.</source>
        <extracomment>pe_desktop/ui/form_import.py:51</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form with the key “%1” (version %2) is already available; it was not imported.</source>
        <extracomment>pe_desktop/ui/form_import.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the version in %1 above %2 to replace it.</source>
        <extracomment>pe_desktop/ui/form_import.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be copied into %1.</source>
        <extracomment>pe_desktop/ui/form_import.py:66</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2 items) was added to your forms. Choose it in Session ▸ New session.</source>
        <extracomment>pe_desktop/ui/form_import.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsEditor</name>
    <message>
        <source>Group %1 position</source>
        <extracomment>pe_desktop/ui/session_dialog.py:100, pe_desktop/ui/session_dialog.py:143</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>pe_desktop/ui/session_dialog.py:102</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <extracomment>pe_desktop/ui/session_dialog.py:103, pe_desktop/ui/session_dialog.py:144</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group is already in the archive; it cannot be renamed or removed here.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:107</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <extracomment>pe_desktop/ui/session_dialog.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>pe_desktop/ui/session_dialog.py:77</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: residents and community organizations. Institution: hospitals, agencies, funders, universities.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:78</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <extracomment>pe_desktop/ui/session_dialog.py:83</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <extracomment>pe_desktop/ui/session_dialog.py:84</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Residents</source>
        <extracomment>pe_desktop/ui/session_dialog.py:93</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 name</source>
        <extracomment>pe_desktop/ui/session_dialog.py:94, pe_desktop/ui/session_dialog.py:142</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Before the meeting</source>
        <extracomment>pe_desktop/ui/main_help.py:21</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ▸ New session: choose the form, the partnership, the date and place.</source>
        <extracomment>pe_desktop/ui/main_help.py:22</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the stakeholder groups (for example Residents, Community organizations, Hospital staff, Funders) and say for each whether it is on the community or the institution side.</source>
        <extracomment>pe_desktop/ui/main_help.py:23</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the minimum group size at 3 unless you have a reason: a smaller group is never shown on its own, so nobody&apos;s rating can be picked out.</source>
        <extracomment>pe_desktop/ui/main_help.py:25</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If some people will use paper, print ballots (File ▸ Print ballots).</source>
        <extracomment>pe_desktop/ui/main_help.py:27</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room</source>
        <extracomment>pe_desktop/ui/main_help.py:29</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session console (Enter on the session, or Session ▸ Open console). Show the projector window on the second screen from the console&apos;s View menu.</source>
        <extracomment>pe_desktop/ui/main_help.py:30</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People join with their phone, fill in a paper ballot, vote by show of hands (you type the counts), or take turns on the laptop. Nobody needs a name, an account or a smartphone.</source>
        <extracomment>pe_desktop/ui/main_help.py:32</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voting for one attribute or all of them. While voting is open the screen only shows how many have rated, so early votes do not sway later ones.</source>
        <extracomment>pe_desktop/ui/main_help.py:34</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting and reveal: everyone sees the spread of scores, the middle score and how much people agree.</source>
        <extracomment>pe_desktop/ui/main_help.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss</source>
        <extracomment>pe_desktop/ui/main_help.py:38</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the attributes the console lists under “Discuss first”: least agreement, the biggest gap between community and institution, or the lowest scores.</source>
        <extracomment>pe_desktop/ui/main_help.py:39</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down notes, quotes and disagreements, and agree on action items with an owner and a due date. Everything is saved at once; Ctrl+Z undoes a mistake while the session is open.</source>
        <extracomment>pe_desktop/ui/main_help.py:41</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you planned two rounds, start round 2 and rate again: the result shows how views moved.</source>
        <extracomment>pe_desktop/ui/main_help.py:43</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the meeting</source>
        <extracomment>pe_desktop/ui/main_help.py:45</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session in the console. The archive is backed up automatically.</source>
        <extracomment>pe_desktop/ui/main_help.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF summary for everyone (File ▸ Export summary PDF). Open action items carry forward to the partnership&apos;s next session.</source>
        <extracomment>pe_desktop/ui/main_help.py:47</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to run a session</source>
        <extracomment>pe_desktop/ui/main_help.py:51</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard: Ctrl+N new session, Enter opens the selected session, Ctrl+F filters the list, F1 shows this help.</source>
        <extracomment>pe_desktop/ui/main_help.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pe_desktop %1 — facilitated partnership-equity workshops</source>
        <extracomment>pe_desktop/ui/main_help.py:86</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants rate the attributes of a partnership, see the spread of scores, discuss, rate again and take home a summary. Everything works offline and is kept in a local archive.</source>
        <extracomment>pe_desktop/ui/main_help.py:88</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: the default form is the Partnership Equity Framework.</source>
        <extracomment>pe_desktop/ui/main_help.py:91</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6), SQLite, sqlite-utils, pyqtgraph and reportlab.</source>
        <extracomment>pe_desktop/ui/main_help.py:97</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How to run a session</source>
        <extracomment>pe_desktop/ui/main_help.py:67</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <extracomment>pe_desktop/ui/main_help.py:73</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close help</source>
        <extracomment>pe_desktop/ui/main_help.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Round %1 · %2 · %3 rated</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden (small group)</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since round 1: median %1, agreement (rwg) %2</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:131</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the current item</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:67</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQR</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:68, pe_desktop/ui/console_item_detail.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:68, pe_desktop/ui/console_item_detail.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:69</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:69</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of the current item</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:70</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current item</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:75</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting state and count</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:77</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift between rounds</source>
        <extracomment>pe_desktop/ui/console_item_detail.py:78</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemNavigator</name>
    <message>
        <source>Attributes of the instrument with their voting state and how many rated</source>
        <extracomment>pe_desktop/ui/console_items.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <extracomment>pe_desktop/ui/console_items.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>#</source>
        <extracomment>pe_desktop/ui/console_items.py:85</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/console_items.py:85</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <extracomment>pe_desktop/ui/console_items.py:85</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>pe_desktop/ui/console_items.py:85</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Welcome</source>
        <extracomment>pe_desktop/ui/kiosk.py:119</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group are you part of?</source>
        <extracomment>pe_desktop/ui/kiosk.py:120</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>pe_desktop/ui/kiosk.py:121</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>pe_desktop/ui/kiosk.py:122</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/kiosk.py:123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>pe_desktop/ui/kiosk.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>pe_desktop/ui/kiosk.py:125</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>pe_desktop/ui/kiosk.py:126</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can skip a question with Next.</source>
        <extracomment>pe_desktop/ui/kiosk.py:127</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>pe_desktop/ui/kiosk.py:128</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <extracomment>pe_desktop/ui/kiosk.py:129</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved. Please pass the laptop to the next person.</source>
        <extracomment>pe_desktop/ui/kiosk.py:130</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>pe_desktop/ui/kiosk.py:131</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop ballot</source>
        <extracomment>pe_desktop/ui/kiosk.py:92</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Community</source>
        <extracomment>pe_desktop/ui/labels.py:18</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <extracomment>pe_desktop/ui/labels.py:18</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>pe_desktop/ui/labels.py:18</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acclimate</source>
        <extracomment>pe_desktop/ui/labels.py:22</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <extracomment>pe_desktop/ui/labels.py:22</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advise</source>
        <extracomment>pe_desktop/ui/labels.py:22</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerate</source>
        <extracomment>pe_desktop/ui/labels.py:23</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: how far the partnership has come. It is kept with the session for later comparison.</source>
        <extracomment>pe_desktop/ui/labels.py:29</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening and laying the foundation: hearing residents, agreeing on a shared vision and roles.</source>
        <extracomment>pe_desktop/ui/labels.py:30</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building trust and learning to work together: meeting, communicating, dealing with concerns early.</source>
        <extracomment>pe_desktop/ui/labels.py:31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning plans into action: doing the work together and sharing decisions.</source>
        <extracomment>pe_desktop/ui/labels.py:32</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing what works and making it last: sharing power and resources for the long term.</source>
        <extracomment>pe_desktop/ui/labels.py:33</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendRow</name>
    <message>
        <source>Legend</source>
        <extracomment>pe_desktop/charts/base.py:43</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <extracomment>pe_desktop/charts/base.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <extracomment>pe_desktop/charts/base.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>pe_desktop/ui/main_menus.py:101</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <extracomment>pe_desktop/ui/main_menus.py:104</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>pe_desktop/ui/main_menus.py:116</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <extracomment>pe_desktop/ui/main_menus.py:122</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>pe_desktop/ui/main_menus.py:129</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>pe_desktop/ui/main_menus.py:137</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>pe_desktop/ui/main_menus.py:146, pe_desktop/ui/main_menus.py:148</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <extracomment>pe_desktop/ui/main_menus.py:158</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent archives</source>
        <extracomment>pe_desktop/ui/main_menus.py:170</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <extracomment>pe_desktop/ui/main_menus.py:173</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About pe_desktop</source>
        <extracomment>pe_desktop/ui/main_menus.py:198</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;archive…</source>
        <extracomment>pe_desktop/ui/main_menus.py:49</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty archive file</source>
        <extracomment>pe_desktop/ui/main_menus.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <extracomment>pe_desktop/ui/main_menus.py:51</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <extracomment>pe_desktop/ui/main_menus.py:52</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import form…</source>
        <extracomment>pe_desktop/ui/main_menus.py:53</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a form (.toml file) to the forms you can choose from</source>
        <extracomment>pe_desktop/ui/main_menus.py:54</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary &amp;PDF…</source>
        <extracomment>pe_desktop/ui/main_menus.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected session&apos;s summary as a PDF</source>
        <extracomment>pe_desktop/ui/main_menus.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;ballots…</source>
        <extracomment>pe_desktop/ui/main_menus.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write paper ballots for the selected session as a PDF</source>
        <extracomment>pe_desktop/ui/main_menus.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <extracomment>pe_desktop/ui/main_menus.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected session&apos;s ratings as a CSV file</source>
        <extracomment>pe_desktop/ui/main_menus.py:60</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>pe_desktop/ui/main_menus.py:61</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>pe_desktop/ui/main_menus.py:64</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>pe_desktop/ui/main_menus.py:66</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find session</source>
        <extracomment>pe_desktop/ui/main_menus.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <extracomment>pe_desktop/ui/main_menus.py:70</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a new session</source>
        <extracomment>pe_desktop/ui/main_menus.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <extracomment>pe_desktop/ui/main_menus.py:72</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected session&apos;s details</source>
        <extracomment>pe_desktop/ui/main_menus.py:73</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <extracomment>pe_desktop/ui/main_menus.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session (undoable until you close the window)</source>
        <extracomment>pe_desktop/ui/main_menus.py:75</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open console</source>
        <extracomment>pe_desktop/ui/main_menus.py:78</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run or review the selected session</source>
        <extracomment>pe_desktop/ui/main_menus.py:79</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>pe_desktop/ui/main_menus.py:83</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <extracomment>pe_desktop/ui/main_menus.py:84</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <extracomment>pe_desktop/ui/main_menus.py:85</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <extracomment>pe_desktop/ui/main_menus.py:86</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <extracomment>pe_desktop/ui/main_menus.py:90</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to run a session</source>
        <extracomment>pe_desktop/ui/main_menus.py:93</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About pe_desktop</source>
        <extracomment>pe_desktop/ui/main_menus.py:94</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>pe_desktop/ui/main_menus.py:96</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Use File ▸ Open archive or File ▸ New archive to continue.</source>
        <extracomment>pe_desktop/app.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive file</source>
        <extracomment>pe_desktop/ui/main_window.py:102</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sessions by title</source>
        <extracomment>pe_desktop/ui/main_window.py:114, pe_desktop/ui/main_window.py:116</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <extracomment>pe_desktop/ui/main_window.py:119</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships and sessions</source>
        <extracomment>pe_desktop/ui/main_window.py:123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>pe_desktop/ui/main_window.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive status</source>
        <extracomment>pe_desktop/ui/main_window.py:138</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <extracomment>pe_desktop/ui/main_window.py:145</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive open</source>
        <extracomment>pe_desktop/ui/main_window.py:217</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <extracomment>pe_desktop/ui/main_window.py:218</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Partnership equity</source>
        <extracomment>pe_desktop/ui/main_window.py:224</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this archive</source>
        <extracomment>pe_desktop/ui/main_window.py:269, pe_desktop/app.py:123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <extracomment>pe_desktop/ui/main_window.py:273</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive</source>
        <extracomment>pe_desktop/ui/main_window.py:282, pe_desktop/ui/main_window.py:296</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open archive to open it.</source>
        <extracomment>pe_desktop/ui/main_window.py:283</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive</source>
        <extracomment>pe_desktop/ui/main_window.py:289</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no sessions yet. Session ▸ New session starts one.</source>
        <extracomment>pe_desktop/ui/main_window.py:373</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session on the left, or create a new one.</source>
        <extracomment>pe_desktop/ui/main_window.py:452</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not created</source>
        <extracomment>pe_desktop/ui/main_window.py:543</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” created</source>
        <extracomment>pe_desktop/ui/main_window.py:548</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved</source>
        <extracomment>pe_desktop/ui/main_window.py:570</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <extracomment>pe_desktop/ui/main_window.py:589, pe_desktop/ui/main_window.py:592</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in a console. Close the console first.</source>
        <extracomment>pe_desktop/ui/main_window.py:590</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session “%1”?</source>
        <extracomment>pe_desktop/ui/main_window.py:593</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>pe_desktop/ui/main_window.py:594</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its ratings, notes and action items go with it. You can undo this (Edit ▸ Undo) until you close this window.</source>
        <extracomment>pe_desktop/ui/main_window.py:595</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted. Ctrl+Z brings it back.</source>
        <extracomment>pe_desktop/ui/main_window.py:605</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session console</source>
        <extracomment>pe_desktop/ui/main_window.py:628</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session console is not part of this build.</source>
        <extracomment>pe_desktop/ui/main_window.py:628</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import form</source>
        <extracomment>pe_desktop/ui/main_window.py:644, pe_desktop/ui/main_window.py:656, pe_desktop/ui/main_window.py:658</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms (*.toml);;All files (*)</source>
        <extracomment>pe_desktop/ui/main_window.py:645</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an example session?</source>
        <extracomment>pe_desktop/ui/main_window.py:665</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load example</source>
        <extracomment>pe_desktop/ui/main_window.py:665</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>pe_desktop/ui/main_window.py:665</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example is a partnership with one finished session (two rounds, notes and action items) and one session ready to run. You can delete it later.</source>
        <extracomment>pe_desktop/ui/main_window.py:667</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <extracomment>pe_desktop/ui/main_window.py:669</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership equity</source>
        <extracomment>pe_desktop/ui/main_window.py:93, pe_desktop/ui/main_window.py:216</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window</source>
        <extracomment>pe_desktop/ui/main_window.py:94</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on all items</source>
        <extracomment>pe_desktop/ui/notes_panel.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <extracomment>pe_desktop/ui/notes_panel.py:109</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round</source>
        <extracomment>pe_desktop/ui/notes_panel.py:114</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <extracomment>pe_desktop/ui/notes_panel.py:168, pe_desktop/ui/notes_panel.py:169</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <extracomment>pe_desktop/ui/notes_panel.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notes of all items</source>
        <extracomment>pe_desktop/ui/notes_panel.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>pe_desktop/ui/notes_panel.py:48</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of note</source>
        <extracomment>pe_desktop/ui/notes_panel.py:54</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <extracomment>pe_desktop/ui/notes_panel.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said… (Enter saves)</source>
        <extracomment>pe_desktop/ui/notes_panel.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <extracomment>pe_desktop/ui/notes_panel.py:60, pe_desktop/ui/notes_panel.py:176, pe_desktop/ui/notes_panel.py:177</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <extracomment>pe_desktop/ui/notes_panel.py:62</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>pe_desktop/ui/notes_panel.py:65</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected note</source>
        <extracomment>pe_desktop/ui/notes_panel.py:65</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>pe_desktop/ui/notes_panel.py:67</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected note</source>
        <extracomment>pe_desktop/ui/notes_panel.py:67</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:33</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:33</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:33</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:33</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:34</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:34</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQR</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:34</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:34</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement shift (rwg)</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median round 1</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median shift</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Overview of all items — %1</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of all items</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:61</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2 · session %3 · discuss first: %4</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:88</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:90</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:90</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>pe_desktop/ui/overview_dialog.py:90</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperGrid</name>
    <message>
        <source>Paper ballot message</source>
        <extracomment>pe_desktop/ui/paper_grid.py:362</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of paper ballots to add</source>
        <extracomment>pe_desktop/ui/paper_grid.py:364</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the new paper ballots</source>
        <extracomment>pe_desktop/ui/paper_grid.py:367</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add paper ballots</source>
        <extracomment>pe_desktop/ui/paper_grid.py:368</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates that many paper participants in the chosen group</source>
        <extracomment>pe_desktop/ui/paper_grid.py:369</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>pe_desktop/ui/paper_grid.py:373</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots from</source>
        <extracomment>pe_desktop/ui/paper_grid.py:375</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <extracomment>pe_desktop/ui/paper_grid.py:398</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <extracomment>pe_desktop/ui/paper_grid.py:402</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is closed; ballots can be read but not changed.</source>
        <extracomment>pe_desktop/ui/paper_grid.py:404</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Type the ballots in.</source>
        <extracomment>pe_desktop/ui/paper_grid.py:439</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperGridModel</name>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/paper_grid.py:125</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>pe_desktop/ui/paper_grid.py:125</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperGridView</name>
    <message>
        <source>Paper ballots</source>
        <extracomment>pe_desktop/ui/paper_grid.py:176</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, N or ? for not sure</source>
        <extracomment>pe_desktop/ui/paper_grid.py:181</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1–%2%3; Enter or Tab moves on; Delete clears.</source>
        <extracomment>pe_desktop/ui/paper_grid.py:182</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add paper ballots first.</source>
        <extracomment>pe_desktop/ui/paper_grid.py:228</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure</source>
        <extracomment>pe_desktop/ui/paper_grid.py:239</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, %2: %3</source>
        <extracomment>pe_desktop/ui/paper_grid.py:241</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1, %2</source>
        <extracomment>pe_desktop/ui/paper_grid.py:256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on this ballot. %2</source>
        <extracomment>pe_desktop/ui/paper_grid.py:272</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… — type the next digit, or Enter to save %1</source>
        <extracomment>pe_desktop/ui/paper_grid.py:285</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… — type the next digit</source>
        <extracomment>pe_desktop/ui/paper_grid.py:286</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>No group</source>
        <extracomment>pe_desktop/ui/participants_panel.py:102, pe_desktop/ui/participants_panel.py:121</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants, plus %2 tally votes (anonymous; see the Tally tab)</source>
        <extracomment>pe_desktop/ui/participants_panel.py:140</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants</source>
        <extracomment>pe_desktop/ui/participants_panel.py:142</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <extracomment>pe_desktop/ui/participants_panel.py:165</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (Undo brings them back)</source>
        <extracomment>pe_desktop/ui/participants_panel.py:178</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>pe_desktop/ui/participants_panel.py:44</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <extracomment>pe_desktop/ui/participants_panel.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>pe_desktop/ui/participants_panel.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>pe_desktop/ui/participants_panel.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>pe_desktop/ui/participants_panel.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated this round</source>
        <extracomment>pe_desktop/ui/participants_panel.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the new participant</source>
        <extracomment>pe_desktop/ui/participants_panel.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel of the new participant</source>
        <extracomment>pe_desktop/ui/participants_panel.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <extracomment>pe_desktop/ui/participants_panel.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <extracomment>pe_desktop/ui/participants_panel.py:62</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected participants</source>
        <extracomment>pe_desktop/ui/participants_panel.py:62</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected participants and their ratings (Undo brings them back)</source>
        <extracomment>pe_desktop/ui/participants_panel.py:63</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant in</source>
        <extracomment>pe_desktop/ui/participants_panel.py:77</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting by</source>
        <extracomment>pe_desktop/ui/participants_panel.py:79</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneAddressDialog</name>
    <message>
        <source>Start phone voting</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:136, pe_desktop/ui/phone_address_dialog.py:183</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the network the phones are on, usually this laptop&apos;s Wi-Fi hotspot. Phones must be connected to that network; they need no internet.</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:140</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:146</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address phones open; it goes into the QR code</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:147</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:148</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list of addresses</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:148</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the addresses again, e.g. after turning on the hotspot</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:149</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 lets the computer pick any free port</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:155</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:155</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:158, pe_desktop/ui/phone_address_dialog.py:242</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:161</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:164</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network hint</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:171</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why phone voting did not start</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:177</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:182</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure which? The hotspot&apos;s address often starts with 192.168. or 10.</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:212</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to any network, so only this computer can open the page. Turn on the Wi-Fi hotspot, then press Refresh.</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:214</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on %1, port %2: %3. Choose another port (0 = any free port) or another address.</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:244</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this computer only)</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:66</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not connected)</source>
        <extracomment>pe_desktop/ui/phone_address_dialog.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Leave full screen</source>
        <extracomment>pe_desktop/ui/projector.py:100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <extracomment>pe_desktop/ui/projector.py:101</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <extracomment>pe_desktop/ui/projector.py:137</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to join by phone</source>
        <extracomment>pe_desktop/ui/projector.py:140</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to join by phone</source>
        <extracomment>pe_desktop/ui/projector.py:141</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people joined</source>
        <extracomment>pe_desktop/ui/projector.py:143</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to take part</source>
        <extracomment>pe_desktop/ui/projector.py:144</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/projector.py:157, pe_desktop/ui/projector.py:188</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>pe_desktop/ui/projector.py:158, pe_desktop/ui/projector.py:189</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many have rated</source>
        <extracomment>pe_desktop/ui/projector.py:159</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting status</source>
        <extracomment>pe_desktop/ui/projector.py:160</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/projector.py:167</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale point {0}</source>
        <extracomment>pe_desktop/ui/projector.py:169</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result figures</source>
        <extracomment>pe_desktop/ui/projector.py:190</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More figures</source>
        <extracomment>pe_desktop/ui/projector.py:191</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <extracomment>pe_desktop/ui/projector.py:212</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector – {0}</source>
        <extracomment>pe_desktop/ui/projector.py:342</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <extracomment>pe_desktop/ui/projector.py:389</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the code or type the address into your phone&apos;s browser. Paper ballots and this laptop work too.</source>
        <extracomment>pe_desktop/ui/projector.py:391</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Vote on a paper ballot, by show of hands, or on this laptop. No name is shown, ever.</source>
        <extracomment>pe_desktop/ui/projector.py:401</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n have rated</source>
        <extracomment>pe_desktop/ui/projector.py:415</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Voting is open</source>
        <extracomment>pe_desktop/ui/projector.py:419</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is closed</source>
        <extracomment>pe_desktop/ui/projector.py:420</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting opens soon</source>
        <extracomment>pe_desktop/ui/projector.py:421</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <extracomment>pe_desktop/ui/projector.py:450</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median {0}   ·   IQR {1}–{2}   ·   Agreement: {3}   ·   Band: {4}</source>
        <extracomment>pe_desktop/ui/projector.py:453</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap: not shown (needs community and institution groups large enough to show)</source>
        <extracomment>pe_desktop/ui/projector.py:460</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap {0}: community groups rate lower</source>
        <extracomment>pe_desktop/ui/projector.py:462</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap +{0}: community groups rate higher</source>
        <extracomment>pe_desktop/ui/projector.py:464</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap 0: community and institution groups rate alike</source>
        <extracomment>pe_desktop/ui/projector.py:466</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ratings</source>
        <extracomment>pe_desktop/ui/projector.py:467</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, {0} not sure</source>
        <extracomment>pe_desktop/ui/projector.py:469</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, round {0}</source>
        <extracomment>pe_desktop/ui/projector.py:471</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items, round {0}</source>
        <extracomment>pe_desktop/ui/projector.py:510</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1 to round 2</source>
        <extracomment>pe_desktop/ui/projector.py:514</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap, round {0}</source>
        <extracomment>pe_desktop/ui/projector.py:519</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <extracomment>pe_desktop/ui/projector.py:64</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle full screen</source>
        <extracomment>pe_desktop/ui/projector.py:99</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <extracomment>pe_desktop/ui/messages.py:60</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Open folder</source>
        <extracomment>pe_desktop/ui/main_exports.py:147</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>pe_desktop/ui/main_exports.py:147</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>pe_desktop/ui/main_exports.py:148</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <extracomment>pe_desktop/ui/main_exports.py:152</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>pe_desktop/ui/main_exports.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionConsole</name>
    <message>
        <source>Previous item (Alt+Up)</source>
        <extracomment>pe_desktop/ui/console.py:118</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous item</source>
        <extracomment>pe_desktop/ui/console.py:118</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next item ▶</source>
        <extracomment>pe_desktop/ui/console.py:119</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item (Alt+Down)</source>
        <extracomment>pe_desktop/ui/console.py:119</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open voting</source>
        <extracomment>pe_desktop/ui/console.py:120</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voting on the current item (F6)</source>
        <extracomment>pe_desktop/ui/console.py:120</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close voting</source>
        <extracomment>pe_desktop/ui/console.py:121</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting on the current item (F7)</source>
        <extracomment>pe_desktop/ui/console.py:121</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <extracomment>pe_desktop/ui/console.py:122</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results of the current item (F8)</source>
        <extracomment>pe_desktop/ui/console.py:122</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;all</source>
        <extracomment>pe_desktop/ui/console.py:123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voting on every item not yet open</source>
        <extracomment>pe_desktop/ui/console.py:123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a&amp;ll</source>
        <extracomment>pe_desktop/ui/console.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting on every open item</source>
        <extracomment>pe_desktop/ui/console.py:124</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal all</source>
        <extracomment>pe_desktop/ui/console.py:125</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results of every voted item</source>
        <extracomment>pe_desktop/ui/console.py:126</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start round &amp;2…</source>
        <extracomment>pe_desktop/ui/console.py:127</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate every item again; the shift between rounds is shown</source>
        <extracomment>pe_desktop/ui/console.py:128</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;session…</source>
        <extracomment>pe_desktop/ui/console.py:129</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End voting, back up the archive and show the overview</source>
        <extracomment>pe_desktop/ui/console.py:130</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verview of all items</source>
        <extracomment>pe_desktop/ui/console.py:131</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen ballot for passing the laptop around; leave it with %1</source>
        <extracomment>pe_desktop/ui/console.py:132</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laptop ballot (kiosk)</source>
        <extracomment>pe_desktop/ui/console.py:133</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <extracomment>pe_desktop/ui/console.py:134</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>pe_desktop/ui/console.py:136</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>pe_desktop/ui/console.py:138</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>pe_desktop/ui/console.py:142</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <extracomment>pe_desktop/ui/console.py:143</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <extracomment>pe_desktop/ui/console.py:148</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <extracomment>pe_desktop/ui/console.py:149</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show projector</source>
        <extracomment>pe_desktop/ui/console.py:151</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide projector</source>
        <extracomment>pe_desktop/ui/console.py:152</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <extracomment>pe_desktop/ui/console.py:153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join screen</source>
        <extracomment>pe_desktop/ui/console.py:156</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview (all items)</source>
        <extracomment>pe_desktop/ui/console.py:156</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;item</source>
        <extracomment>pe_desktop/ui/console.py:156</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Power gap</source>
        <extracomment>pe_desktop/ui/console.py:157</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round s&amp;hift</source>
        <extracomment>pe_desktop/ui/console.py:157</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start/pause &amp;timer</source>
        <extracomment>pe_desktop/ui/console.py:164</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset timer</source>
        <extracomment>pe_desktop/ui/console.py:165</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <extracomment>pe_desktop/ui/console.py:169</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>pe_desktop/ui/console.py:175</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>pe_desktop/ui/console.py:178</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector on &amp;screen</source>
        <extracomment>pe_desktop/ui/console.py:179</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>pe_desktop/ui/console.py:194, pe_desktop/ui/console.py:273</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <extracomment>pe_desktop/ui/console.py:218</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss first</source>
        <extracomment>pe_desktop/ui/console.py:219</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console sections</source>
        <extracomment>pe_desktop/ui/console.py:230</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item and notes</source>
        <extracomment>pe_desktop/ui/console.py:231</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <extracomment>pe_desktop/ui/console.py:232</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per ballots</source>
        <extracomment>pe_desktop/ui/console.py:233</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tally</source>
        <extracomment>pe_desktop/ui/console.py:234</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <extracomment>pe_desktop/ui/console.py:235</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start laptop ballot</source>
        <extracomment>pe_desktop/ui/console.py:237</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen; one person at a time</source>
        <extracomment>pe_desktop/ui/console.py:238</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the laptop ballot with %1 (not shown on its screen).</source>
        <extracomment>pe_desktop/ui/console.py:240</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to leave the laptop ballot</source>
        <extracomment>pe_desktop/ui/console.py:241</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show projector</source>
        <extracomment>pe_desktop/ui/console.py:243</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the projector window on the second screen if there is one</source>
        <extracomment>pe_desktop/ui/console.py:244</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F5)</source>
        <extracomment>pe_desktop/ui/console.py:246</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector full screen</source>
        <extracomment>pe_desktop/ui/console.py:246</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <extracomment>pe_desktop/ui/console.py:249</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector view: %1</source>
        <extracomment>pe_desktop/ui/console.py:254</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round and session state</source>
        <extracomment>pe_desktop/ui/console.py:263</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start round 2</source>
        <extracomment>pe_desktop/ui/console.py:266, pe_desktop/ui/console.py:384</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session</source>
        <extracomment>pe_desktop/ui/console.py:269, pe_desktop/ui/console.py:396</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of all items</source>
        <extracomment>pe_desktop/ui/console.py:271</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion timer</source>
        <extracomment>pe_desktop/ui/console.py:275</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop ballot</source>
        <extracomment>pe_desktop/ui/console.py:276</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <extracomment>pe_desktop/ui/console.py:289</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>pe_desktop/ui/console.py:315</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <extracomment>pe_desktop/ui/console.py:315</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>pe_desktop/ui/console.py:315</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3</source>
        <extracomment>pe_desktop/ui/console.py:318</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — session console</source>
        <extracomment>pe_desktop/ui/console.py:321</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <extracomment>pe_desktop/ui/console.py:333</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <extracomment>pe_desktop/ui/console.py:348</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting open</source>
        <extracomment>pe_desktop/ui/console.py:358, pe_desktop/ui/console.py:370</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed</source>
        <extracomment>pe_desktop/ui/console.py:362, pe_desktop/ui/console.py:374</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <extracomment>pe_desktop/ui/console.py:366, pe_desktop/ui/console.py:378</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start round 2 now?</source>
        <extracomment>pe_desktop/ui/console.py:384</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1 stays saved as it is. Everyone rates every item again; the projector then shows how the ratings moved. Undo history is cleared.</source>
        <extracomment>pe_desktop/ui/console.py:385</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2 started</source>
        <extracomment>pe_desktop/ui/console.py:391</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session</source>
        <extracomment>pe_desktop/ui/console.py:396</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this session now?</source>
        <extracomment>pe_desktop/ui/console.py:396</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting ends on every item, a backup of the archive is made and the ratings can no longer change. Notes and action items stay editable.</source>
        <extracomment>pe_desktop/ui/console.py:398</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion time is up</source>
        <extracomment>pe_desktop/ui/console.py:89</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <extracomment>pe_desktop/ui/session_dialog.py:204</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>pe_desktop/ui/session_dialog.py:204</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>pe_desktop/ui/session_dialog.py:213</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of a session cannot be changed once it exists.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:218</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <extracomment>pe_desktop/ui/session_dialog.py:221</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the form</source>
        <extracomment>pe_desktop/ui/session_dialog.py:226</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:228</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <extracomment>pe_desktop/ui/session_dialog.py:232</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring check-in</source>
        <extracomment>pe_desktop/ui/session_dialog.py:233</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:235</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <extracomment>pe_desktop/ui/session_dialog.py:241</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership name</source>
        <extracomment>pe_desktop/ui/session_dialog.py:242</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or type a new name</source>
        <extracomment>pe_desktop/ui/session_dialog.py:243</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:245</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>pe_desktop/ui/session_dialog.py:251</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>pe_desktop/ui/session_dialog.py:252</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:254</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>pe_desktop/ui/session_dialog.py:257</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Eastside Library, Room B</source>
        <extracomment>pe_desktop/ui/session_dialog.py:258</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:259</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>pe_desktop/ui/session_dialog.py:262</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:263</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>pe_desktop/ui/session_dialog.py:266</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of the partnership</source>
        <extracomment>pe_desktop/ui/session_dialog.py:269</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the stage</source>
        <extracomment>pe_desktop/ui/session_dialog.py:273</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:275</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder groups</source>
        <extracomment>pe_desktop/ui/session_dialog.py:279, pe_desktop/ui/session_dialog.py:284</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder &amp;groups:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:285</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <extracomment>pe_desktop/ui/session_dialog.py:292</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group with fewer ratings than this is never shown on its own, so nobody&apos;s rating can be picked out.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:293</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum group size:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:296</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One round</source>
        <extracomment>pe_desktop/ui/session_dialog.py:299</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rounds: rate again after the discussion</source>
        <extracomment>pe_desktop/ui/session_dialog.py:300</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <extracomment>pe_desktop/ui/session_dialog.py:301</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <extracomment>pe_desktop/ui/session_dialog.py:302</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>pe_desktop/ui/session_dialog.py:308</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session</source>
        <extracomment>pe_desktop/ui/session_dialog.py:313</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>pe_desktop/ui/session_dialog.py:313</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session stays with its partnership.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:344</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1. Scale %2 to %3. Languages: %4.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:366</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a form.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:401</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:403</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partnership or type the name of a new one.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:405</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no name (give it one or remove it).</source>
        <extracomment>pe_desktop/ui/session_dialog.py:409</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group name “%1” is used twice.</source>
        <extracomment>pe_desktop/ui/session_dialog.py:412</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEdits</name>
    <message>
        <source>Remove %1</source>
        <extracomment>pe_desktop/ui/session_edits.py:132</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>pe_desktop/ui/session_edits.py:148</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear rating for %1</source>
        <extracomment>pe_desktop/ui/session_edits.py:163</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally for %1</source>
        <extracomment>pe_desktop/ui/session_edits.py:195</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <extracomment>pe_desktop/ui/session_edits.py:210</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <extracomment>pe_desktop/ui/session_edits.py:217</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <extracomment>pe_desktop/ui/session_edits.py:232</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <extracomment>pe_desktop/ui/session_edits.py:249</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <extracomment>pe_desktop/ui/session_edits.py:259</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <extracomment>pe_desktop/ui/session_edits.py:274</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session: this session is closed; ratings and participants can no longer change</source>
        <extracomment>pe_desktop/ui/session_edits.py:62</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 participants</source>
        <extracomment>pe_desktop/ui/session_edits.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <extracomment>pe_desktop/ui/session_edits.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyPanel</name>
    <message>
        <source>Stored now: no tally for this item and group in round %1.</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:156</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now (round %1): %2 — %3 votes</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:158</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:162</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the tally for %1, %2.</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:179</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:180</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item to tally</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:43</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group to tally</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group / everyone</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:49</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count for %1</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tally</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:80</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the stored tally for this item and group</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:81</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:88</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:89</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count hands or dots for one item and one group, then save. Saving again replaces the earlier count.</source>
        <extracomment>pe_desktop/ui/tally_dialog.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>n = {0}</source>
        <extracomment>pe_desktop/charts/bars.py:101</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown yet</source>
        <extracomment>pe_desktop/charts/bars.py:101, pe_desktop/charts/bars.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/charts/bars.py:106, pe_desktop/charts/gap.py:86, pe_desktop/charts/shift.py:112, pe_desktop/charts/trend.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/charts/bars.py:106, pe_desktop/charts/dots.py:142</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>pe_desktop/charts/bars.py:106</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} % low, {2} % high, n {3}</source>
        <extracomment>pe_desktop/charts/bars.py:118</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of ratings per scale point for each item. </source>
        <extracomment>pe_desktop/charts/bars.py:119</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <extracomment>pe_desktop/charts/bars.py:32</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {0}</source>
        <extracomment>pe_desktop/charts/dots.py:117</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>pe_desktop/charts/dots.py:136</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>pe_desktop/charts/dots.py:136</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>pe_desktop/charts/dots.py:136</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} ratings, {2} not sure.</source>
        <extracomment>pe_desktop/charts/dots.py:144</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median {0}, IQR {1} to {2}, agreement {3}.</source>
        <extracomment>pe_desktop/charts/dots.py:147</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots by group: {0}.</source>
        <extracomment>pe_desktop/charts/dots.py:154</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score spread</source>
        <extracomment>pe_desktop/charts/dots.py:33</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap</source>
        <extracomment>pe_desktop/charts/gap.py:31, pe_desktop/charts/gap.py:86</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community groups</source>
        <extracomment>pe_desktop/charts/gap.py:51</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution groups</source>
        <extracomment>pe_desktop/charts/gap.py:52</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap {0}</source>
        <extracomment>pe_desktop/charts/gap.py:82</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community mean</source>
        <extracomment>pe_desktop/charts/gap.py:86</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution mean</source>
        <extracomment>pe_desktop/charts/gap.py:86</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: community {1}, institutions {2}, gap {3}</source>
        <extracomment>pe_desktop/charts/gap.py:89</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item has both community and institution groups large enough to show</source>
        <extracomment>pe_desktop/charts/gap.py:94</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power gap, community minus institution mean: </source>
        <extracomment>pe_desktop/charts/gap.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  agreement {1}</source>
        <extracomment>pe_desktop/charts/shift.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median round 1</source>
        <extracomment>pe_desktop/charts/shift.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median round 2</source>
        <extracomment>pe_desktop/charts/shift.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median shift</source>
        <extracomment>pe_desktop/charts/shift.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (rwg) round 1</source>
        <extracomment>pe_desktop/charts/shift.py:113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (rwg) round 2</source>
        <extracomment>pe_desktop/charts/shift.py:113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement shift</source>
        <extracomment>pe_desktop/charts/shift.py:113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: median {1} to {2}</source>
        <extracomment>pe_desktop/charts/shift.py:121</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item has results in both rounds yet</source>
        <extracomment>pe_desktop/charts/shift.py:125</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift between rounds: </source>
        <extracomment>pe_desktop/charts/shift.py:126</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round shift</source>
        <extracomment>pe_desktop/charts/shift.py:44</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1 median</source>
        <extracomment>pe_desktop/charts/shift.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2 median</source>
        <extracomment>pe_desktop/charts/shift.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>pe_desktop/charts/style.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <extracomment>pe_desktop/charts/style.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <extracomment>pe_desktop/charts/style.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few to tell</source>
        <extracomment>pe_desktop/charts/style.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concern</source>
        <extracomment>pe_desktop/charts/style.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength</source>
        <extracomment>pe_desktop/charts/style.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch</source>
        <extracomment>pe_desktop/charts/style.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>pe_desktop/charts/style.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend across sessions</source>
        <extracomment>pe_desktop/charts/trend.py:28</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: median {1} first, {2} last</source>
        <extracomment>pe_desktop/charts/trend.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median per item over {0} sessions. </source>
        <extracomment>pe_desktop/charts/trend.py:75</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

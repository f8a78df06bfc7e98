<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionOrigins</name>
    <message>
        <source>carried from an earlier session that is not in this archive</source>
        <extracomment>pe_desktop/ui/console/action_origins.py:25</extracomment>
        <translation>traída de una sesión anterior que no está en este archivo de sesiones</translation>
    </message>
    <message>
        <source>carried from “%1”</source>
        <extracomment>pe_desktop/ui/console/action_origins.py:26</extracomment>
        <translation>traída de “%1”</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>New action item:</source>
        <extracomment>pe_desktop/ui/console/actions.py:94, pe_desktop/ui/console/actions.py:252</extracomment>
        <translation>Acción nueva:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <extracomment>pe_desktop/ui/console/actions.py:238, pe_desktop/ui/console/actions.py:239</extracomment>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Editing the selected action item:</source>
        <extracomment>pe_desktop/ui/console/actions.py:240</extracomment>
        <translation>Editando la acción elegida:</translation>
    </message>
    <message>
        <source>Action items</source>
        <extracomment>pe_desktop/ui/console/actions.py:108</extracomment>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>pe_desktop/ui/console/actions.py:110</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>pe_desktop/ui/console/actions.py:110</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/console/actions.py:110</extracomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>pe_desktop/ui/console/actions.py:110</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>pe_desktop/ui/console/actions.py:110</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Action text</source>
        <extracomment>pe_desktop/ui/console/actions.py:130</extracomment>
        <translation>Texto de la acción</translation>
    </message>
    <message>
        <source>What will be done</source>
        <extracomment>pe_desktop/ui/console/actions.py:131</extracomment>
        <translation>Qué se va a hacer</translation>
    </message>
    <message>
        <source>Action owner</source>
        <extracomment>pe_desktop/ui/console/actions.py:133</extracomment>
        <translation>Responsable de la acción</translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>pe_desktop/ui/console/actions.py:134</extracomment>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action has a due date</source>
        <extracomment>pe_desktop/ui/console/actions.py:137</extracomment>
        <translation type="vanished">La acción tiene fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>pe_desktop/ui/console/actions.py:137</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Due:</source>
        <extracomment>pe_desktop/ui/console/actions.py:139</extracomment>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>Item the action is about</source>
        <extracomment>pe_desktop/ui/console/actions.py:141</extracomment>
        <translation>Elemento al que se refiere la acción</translation>
    </message>
    <message>
        <source>Whole session</source>
        <extracomment>pe_desktop/ui/console/actions.py:142</extracomment>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>Action status</source>
        <extracomment>pe_desktop/ui/console/actions.py:145</extracomment>
        <translation>Estado de la acción</translation>
    </message>
    <message>
        <source>Add action</source>
        <extracomment>pe_desktop/ui/console/actions.py:58, pe_desktop/ui/console/actions.py:250, pe_desktop/ui/console/actions.py:251</extracomment>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <extracomment>pe_desktop/ui/console/actions.py:60</extracomment>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>pe_desktop/ui/console/actions.py:63</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit selected action</source>
        <extracomment>pe_desktop/ui/console/actions.py:63</extracomment>
        <translation>Editar la acción elegida</translation>
    </message>
    <message>
        <source>Mark done</source>
        <extracomment>pe_desktop/ui/console/actions.py:65</extracomment>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Mark selected action done</source>
        <extracomment>pe_desktop/ui/console/actions.py:65</extracomment>
        <translation>Marcar como hecha la acción elegida</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>pe_desktop/ui/console/actions.py:67</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete selected action</source>
        <extracomment>pe_desktop/ui/console/actions.py:67</extracomment>
        <translation>Eliminar la acción elegida</translation>
    </message>
</context>
<context>
    <name>ArchiveTools</name>
    <message>
        <source>&amp;Trends…</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:80</extracomment>
        <translation type="vanished">&amp;Tendencias…</translation>
    </message>
    <message>
        <source>The selected partnership&apos;s sessions over time</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:81</extracomment>
        <translation type="vanished">Las sesiones de la alianza elegida a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Review &amp;earlier actions…</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:82</extracomment>
        <translation type="vanished">Rev&amp;isar acciones anteriores…</translation>
    </message>
    <message>
        <source>Say what became of the open action items of earlier sessions</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:83</extracomment>
        <translation type="vanished">Indicar qué pasó con las acciones abiertas de sesiones anteriores</translation>
    </message>
    <message>
        <source>&amp;Merge archive…</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:84</extracomment>
        <translation type="vanished">Co&amp;mbinar archivo de sesiones…</translation>
    </message>
    <message>
        <source>Bring in the sessions of another archive or a session file</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:85</extracomment>
        <translation type="vanished">Traer las sesiones de otro archivo de sesiones o de un archivo de sesión</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:86</extracomment>
        <translation type="vanished">Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put the archive back as it was when a backup was taken</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:87</extracomment>
        <translation type="vanished">Dejar el archivo de sesiones como estaba cuando se hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>Export &amp;session file…</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:89</extracomment>
        <translation type="vanished">Exportar archivo de s&amp;esión…</translation>
    </message>
    <message>
        <source>Write the selected session as a file of its own, to send or to merge elsewhere</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:90</extracomment>
        <translation type="vanished">Guardar la sesión elegida como un archivo aparte, para enviarla o combinarla en otro lugar</translation>
    </message>
    <message>
        <source>Merge archive</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:114, pe_desktop/ui/main/archive_tools.py:130, pe_desktop/ui/main/archive_tools.py:145</extracomment>
        <translation>Combinar archivo de sesiones</translation>
    </message>
    <message>
        <source>Merge “%1” into this archive?</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:130</extracomment>
        <translation>¿Combinar “%1” con este archivo de sesiones?</translation>
    </message>
    <message>
        <source>Merge</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:131</extracomment>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Sessions, ratings, notes and action items this archive does not have yet are added. Nothing of yours is overwritten: where the two differ, yours is kept and theirs is saved aside. Your archive is backed up first, and “%1” is only read.</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:132</extracomment>
        <translation>Se agregan las sesiones, valoraciones, notas y acciones que este archivo de sesiones todavía no tiene. No se sobrescribe nada suyo: donde los dos difieren, se conserva lo suyo y lo del otro se guarda aparte. Antes se hace una copia de seguridad de su archivo, y “%1” solo se lee.</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:154</extracomment>
        <translation>No se combinó nada.</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:157</extracomment>
        <translation>Combinación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Merging “%1”…</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:160</extracomment>
        <translation>Combinando “%1”…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:197</extracomment>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>A session console is still open, so nothing was restored.</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:199</extracomment>
        <translation>Todavía hay una consola de sesión abierta, así que no se restauró nada.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:204</extracomment>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source> The archive as it was is kept as a backup (“Before a restore”).</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:216</extracomment>
        <translation> El archivo de sesiones tal como estaba se guarda como copia de seguridad (“Antes de restaurar”).</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:218</extracomment>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:219</extracomment>
        <translation>Restaurado desde %1.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:223</extracomment>
        <translation>No se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restoring “%1”…</source>
        <extracomment>pe_desktop/ui/main/archive_tools.py:226</extracomment>
        <translation>Restaurando “%1”…</translation>
    </message>
</context>
<context>
    <name>BlankCover</name>
    <message>
        <source>Projector blanked</source>
        <extracomment>pe_desktop/ui/projector/keys.py:38</extracomment>
        <translation>Proyector en negro</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <source>Opening the archive…</source>
        <extracomment>pe_desktop/ui/main/browser.py:94, pe_desktop/ui/main/browser.py:182</extracomment>
        <translation>Abriendo el archivo de sesiones…</translation>
    </message>
    <message>
        <source>Archive status</source>
        <extracomment>pe_desktop/ui/main/browser.py:96</extracomment>
        <translation>Estado del archivo de sesiones</translation>
    </message>
    <message>
        <source>Filter by title, or search notes and actions</source>
        <extracomment>pe_desktop/ui/main/browser.py:102</extracomment>
        <translation>Filtrar por título o buscar en notas y acciones</translation>
    </message>
    <message>
        <source>Filter sessions by title</source>
        <extracomment>pe_desktop/ui/main/browser.py:103</extracomment>
        <translation>Filtrar sesiones por título</translation>
    </message>
    <message>
        <source>Sessions are filtered by title as you type; from three letters on, notes, quotes, dissent and action items are searched too and listed under the sessions</source>
        <extracomment>pe_desktop/ui/main/browser.py:105</extracomment>
        <translation>Las sesiones se filtran por título mientras escribe; a partir de tres letras también se buscan notas, citas, desacuerdos y acciones, y se muestran debajo de las sesiones</translation>
    </message>
    <message>
        <source>Partnerships and sessions</source>
        <extracomment>pe_desktop/ui/main/browser.py:113</extracomment>
        <translation>Alianzas y sesiones</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>pe_desktop/ui/main/browser.py:114</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <extracomment>pe_desktop/ui/main/browser.py:130</extracomment>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <extracomment>pe_desktop/ui/main/browser.py:129</extracomment>
        <translation type="vanished">&amp;Buscar:</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <extracomment>pe_desktop/ui/main/browser.py:154</extracomment>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>This archive has no sessions yet. Session ▸ New session starts one.</source>
        <extracomment>pe_desktop/ui/main/browser.py:225</extracomment>
        <translation>Este archivo todavía no tiene sesiones. Sesión ▸ Nueva sesión crea una.</translation>
    </message>
    <message>
        <source>Choose a session on the left, or create a new one.</source>
        <extracomment>pe_desktop/ui/main/browser.py:368</extracomment>
        <translation>Elija una sesión a la izquierda o cree una nueva.</translation>
    </message>
</context>
<context>
    <name>BrowserEdits</name>
    <message>
        <source>Edit session “%1”</source>
        <extracomment>pe_desktop/ui/undo.py:112</extracomment>
        <translation>editar la sesión “%1”</translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <extracomment>pe_desktop/ui/undo.py:112</extracomment>
        <translation>eliminar la sesión “%1”</translation>
    </message>
    <message>
        <source>New session “%1”</source>
        <extracomment>pe_desktop/ui/undo.py:112</extracomment>
        <translation>nueva sesión “%1”</translation>
    </message>
    <message>
        <source>Restore action</source>
        <extracomment>pe_desktop/ui/undo.py:112</extracomment>
        <translation>Restaurar acción</translation>
    </message>
    <message>
        <source>Restore note</source>
        <extracomment>pe_desktop/ui/undo.py:112</extracomment>
        <translation>Restaurar nota</translation>
    </message>
    <message>
        <source>Restore session “%1”</source>
        <extracomment>pe_desktop/ui/undo.py:112</extracomment>
        <translation>Restaurar la sesión “%1”</translation>
    </message>
</context>
<context>
    <name>BrowserModel</name>
    <message>
        <source>Date</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:49</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:49</extracomment>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:49</extracomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:49</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:49</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:46</extracomment>
        <translation type="vanished">Cerrada</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:46</extracomment>
        <translation type="vanished">Lista</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:46</extracomment>
        <translation type="vanished">En curso</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:79</extracomment>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 session</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:79</extracomment>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>pe_desktop/ui/main/browser_model.py:94</extracomment>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>CapBanner</name>
    <message>
        <source>Phone limit warning</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:93</extracomment>
        <translation>Aviso del límite de teléfonos</translation>
    </message>
    <message>
        <source>Raise the &amp;limit…</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:97</extracomment>
        <translation>Subir el &amp;límite…</translation>
    </message>
    <message>
        <source>Let more phones join this session</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:99</extracomment>
        <translation>Dejar que se unan más teléfonos a esta sesión</translation>
    </message>
    <message>
        <source>Phone limit reached: %1 phones. Turned away so far: %2</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:109</extracomment>
        <translation>Límite de teléfonos alcanzado: %1 teléfonos. Rechazados hasta ahora: %2</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>{0} as a table</source>
        <extracomment>pe_desktop/charts/table.py:30</extracomment>
        <translation>{0} en forma de tabla</translation>
    </message>
</context>
<context>
    <name>ClickerKeys</name>
    <message>
        <source>&amp;Next item or page</source>
        <extracomment>pe_desktop/ui/console/clicker.py:44</extracomment>
        <translation>&amp;Siguiente elemento o página</translation>
    </message>
    <message>
        <source>The projector&apos;s next item, overview page or view (PageDown or Right)</source>
        <extracomment>pe_desktop/ui/console/clicker.py:45</extracomment>
        <translation>El siguiente elemento, página de la vista general o vista del proyector (AvPág o Derecha)</translation>
    </message>
    <message>
        <source>Pre&amp;vious item or page</source>
        <extracomment>pe_desktop/ui/console/clicker.py:46</extracomment>
        <translation>Elemento o página &amp;anterior</translation>
    </message>
    <message>
        <source>The projector&apos;s previous item, overview page or view (PageUp or Left)</source>
        <extracomment>pe_desktop/ui/console/clicker.py:47</extracomment>
        <translation>El elemento, la página de la vista general o la vista anterior del proyector (RePág o Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Blank projector</source>
        <extracomment>pe_desktop/ui/console/clicker.py:48</extracomment>
        <translation>Proyector en &amp;negro</translation>
    </message>
    <message>
        <source>A plain black projector; again to show it (B or .)</source>
        <extracomment>pe_desktop/ui/console/clicker.py:49</extracomment>
        <translation>El proyector en negro; otra vez para volver a mostrarlo (B o .)</translation>
    </message>
    <message>
        <source>Charts as t&amp;ables</source>
        <extracomment>pe_desktop/ui/console/clicker.py:51</extracomment>
        <translation>&amp;Gráficos como tablas</translation>
    </message>
    <message>
        <source>The projector shows each chart as a table, and back (T)</source>
        <extracomment>pe_desktop/ui/console/clicker.py:52</extracomment>
        <translation>El proyector muestra cada gráfico como tabla, y al revés (T)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Action item</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:34</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:34</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:34</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:35</extracomment>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Partnership</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:35</extracomment>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Settle conflicts</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:51, pe_desktop/ui/dialogs/edit_conflicts.py:52</extracomment>
        <translation>Resolver diferencias</translation>
    </message>
    <message>
        <source>These records were edited differently on two laptops. The latest edit is shown everywhere; choose the version to keep.</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:55</extracomment>
        <translation>Estos registros se editaron de forma distinta en dos computadoras. En todas se muestra la última edición; elija la versión que quiere conservar.</translation>
    </message>
    <message>
        <source>About conflicts</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:59</extracomment>
        <translation>Sobre las diferencias</translation>
    </message>
    <message>
        <source>Records to settle</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:64</extracomment>
        <translation>Registros por resolver</translation>
    </message>
    <message>
        <source>Versions</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:65</extracomment>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:68</extracomment>
        <translation>&amp;Conservar esta versión</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:68</extracomment>
        <translation>Conservar esta versión</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:69</extracomment>
        <translation>Conservar &amp;ambas</translation>
    </message>
    <message>
        <source>Keep both</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:69</extracomment>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Nothing to settle.</source>
        <extracomment>pe_desktop/ui/dialogs/edit_conflicts.py:91</extracomment>
        <translation>No hay nada que resolver.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Whole session</source>
        <extracomment>pe_desktop/ui/widgets/common.py:159</extracomment>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>pe_desktop/ui/widgets/common.py:186</extracomment>
        <translation type="vanished">Sin empezar</translation>
    </message>
    <message>
        <source>Voting open</source>
        <extracomment>pe_desktop/ui/widgets/common.py:186</extracomment>
        <translation type="vanished">Votación abierta</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <extracomment>pe_desktop/ui/widgets/common.py:186</extracomment>
        <translation type="vanished">Votación cerrada</translation>
    </message>
    <message>
        <source>Revealed</source>
        <extracomment>pe_desktop/ui/widgets/common.py:186</extracomment>
        <translation type="vanished">Revelado</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>pe_desktop/ui/widgets/common.py:189</extracomment>
        <translation>de acuerdo</translation>
    </message>
    <message>
        <source>mixed</source>
        <extracomment>pe_desktop/ui/widgets/common.py:189</extracomment>
        <translation>mixto</translation>
    </message>
    <message>
        <source>split</source>
        <extracomment>pe_desktop/ui/widgets/common.py:189</extracomment>
        <translation>dividido</translation>
    </message>
    <message>
        <source>too few</source>
        <extracomment>pe_desktop/ui/widgets/common.py:189</extracomment>
        <translation>muy pocas</translation>
    </message>
    <message>
        <source>strength</source>
        <extracomment>pe_desktop/ui/widgets/common.py:193</extracomment>
        <translation>fortaleza</translation>
    </message>
    <message>
        <source>watch</source>
        <extracomment>pe_desktop/ui/widgets/common.py:193</extracomment>
        <translation>atención</translation>
    </message>
    <message>
        <source>concern</source>
        <extracomment>pe_desktop/ui/widgets/common.py:193</extracomment>
        <translation>preocupación</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>pe_desktop/ui/widgets/common.py:198</extracomment>
        <translation type="vanished">Teléfono</translation>
    </message>
    <message>
        <source>Paper</source>
        <extracomment>pe_desktop/ui/widgets/common.py:198</extracomment>
        <translation type="vanished">Papel</translation>
    </message>
    <message>
        <source>Laptop</source>
        <extracomment>pe_desktop/ui/widgets/common.py:198</extracomment>
        <translation type="vanished">Computadora</translation>
    </message>
    <message>
        <source>Tally</source>
        <extracomment>pe_desktop/ui/widgets/common.py:198</extracomment>
        <translation type="vanished">Recuento</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>pe_desktop/ui/widgets/common.py:198</extracomment>
        <translation type="vanished">Importado</translation>
    </message>
    <message>
        <source>Dissent</source>
        <extracomment>pe_desktop/ui/widgets/common.py:202</extracomment>
        <translation type="vanished">Desacuerdo</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>pe_desktop/ui/widgets/common.py:202</extracomment>
        <translation type="vanished">Nota</translation>
    </message>
    <message>
        <source>Quote</source>
        <extracomment>pe_desktop/ui/widgets/common.py:202</extracomment>
        <translation type="vanished">Cita</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>pe_desktop/ui/widgets/common.py:206</extracomment>
        <translation type="vanished">Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <extracomment>pe_desktop/ui/widgets/common.py:206</extracomment>
        <translation type="vanished">Descartada</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>pe_desktop/ui/widgets/common.py:206</extracomment>
        <translation type="vanished">Abierta</translation>
    </message>
</context>
<context>
    <name>ConsoleBallots</name>
    <message>
        <source>Print ballots</source>
        <extracomment>pe_desktop/ui/ballots/print_ballots.py:52, pe_desktop/ui/ballots/print_ballots.py:60, pe_desktop/ui/ballots/print_ballots.py:93</extracomment>
        <translation>Imprimir boletas</translation>
    </message>
    <message>
        <source>ballots</source>
        <extracomment>pe_desktop/ui/ballots/print_ballots.py:62</extracomment>
        <translation>boletas</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>pe_desktop/ui/ballots/print_ballots.py:63</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConsolePhoneControls</name>
    <message>
        <source>Phone voting started: %1</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:153</extracomment>
        <translation>Votación por teléfono iniciada: %1</translation>
    </message>
    <message>
        <source>Stop phone voting</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:158</extracomment>
        <translation>Detener la votación por teléfono</translation>
    </message>
    <message>
        <source>Stop phone voting now?</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:158</extracomment>
        <translation>¿Detener ahora la votación por teléfono?</translation>
    </message>
    <message>
        <source>Phones can no longer vote or join until you start phone voting again. Votes already saved stay saved.</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:159</extracomment>
        <translation>Los teléfonos ya no podrán votar ni unirse hasta que vuelva a iniciar la votación por teléfono. Los votos ya guardados se conservan.</translation>
    </message>
    <message>
        <source>Phone voting stopped</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:164</extracomment>
        <translation>Votación por teléfono detenida</translation>
    </message>
    <message>
        <source>Start &amp;phone voting…</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:57</extracomment>
        <translation type="vanished">Iniciar votación por teléfo&amp;no…</translation>
    </message>
    <message>
        <source>Let people vote from their phones over this laptop&apos;s Wi-Fi</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:58</extracomment>
        <translation>Permite que la gente vote desde su teléfono por el wifi de esta computadora</translation>
    </message>
    <message>
        <source>Phone voting…</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:60</extracomment>
        <translation>Teléfono…</translation>
    </message>
    <message>
        <source>Stop p&amp;hone voting</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:62</extracomment>
        <translation type="vanished">Detener votación por telé&amp;fono</translation>
    </message>
    <message>
        <source>Start p&amp;hone voting…</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:57</extracomment>
        <translation>Iniciar votación por teléfo&amp;no…</translation>
    </message>
    <message>
        <source>Stop phone votin&amp;g</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:62</extracomment>
        <translation>Detener votación por telé&amp;fono</translation>
    </message>
    <message>
        <source>Phones can no longer vote; saved votes stay</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:63</extracomment>
        <translation>Los teléfonos ya no pueden votar; los votos guardados se conservan</translation>
    </message>
    <message>
        <source>Stop phones</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:65</extracomment>
        <translation>Detener teléfonos</translation>
    </message>
    <message>
        <source>Print &amp;ballots…</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:67</extracomment>
        <translation>Imprimir &amp;boletas…</translation>
    </message>
    <message>
        <source>Paper ballots as a PDF; with the phone address while phone voting runs</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:68</extracomment>
        <translation>Boletas de papel en PDF; con la dirección para teléfonos mientras haya votación por teléfono</translation>
    </message>
    <message>
        <source>Phone voting status</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:76</extracomment>
        <translation>Estado de la votación por teléfono</translation>
    </message>
    <message>
        <source>Phone voting: off</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:96</extracomment>
        <translation>Votación por teléfono: apagada</translation>
    </message>
    <message>
        <source>%1 of %2 phones joined</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:97</extracomment>
        <translation>%1 de %2 teléfonos conectados</translation>
    </message>
    <message>
        <source>Phone limit set to %1</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:138</extracomment>
        <translation>Límite de teléfonos fijado en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:87</extracomment>
        <translation type="vanished">
            <numerusform>%n teléfono conectado</numerusform>
            <numerusform>%n teléfonos conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone voting: %1 — %2</source>
        <extracomment>pe_desktop/ui/phone/console_controls.py:99</extracomment>
        <translation>Votación por teléfono: %1 — %2</translation>
    </message>
</context>
<context>
    <name>ConsoleSidebar</name>
    <message>
        <source>Round and session state</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:58</extracomment>
        <translation>Ronda y estado de la sesión</translation>
    </message>
    <message>
        <source>Start round 2</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:61</extracomment>
        <translation>Empezar la ronda 2</translation>
    </message>
    <message>
        <source>Close session</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:62</extracomment>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <source>Overview of all items</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:63</extracomment>
        <translation>Vista general de todos los elementos</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:64</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Discussion timer</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:66</extracomment>
        <translation>Temporizador de conversación</translation>
    </message>
    <message>
        <source>Start laptop ballot</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:68</extracomment>
        <translation>Iniciar votación en la computadora</translation>
    </message>
    <message>
        <source>Full screen; one person at a time</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:69</extracomment>
        <translation>Pantalla completa; una persona a la vez</translation>
    </message>
    <message>
        <source>Leave the laptop ballot with %1 (not shown on its screen).</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:71</extracomment>
        <translation>Para salir de la votación en la computadora, %1 (no aparece en su pantalla).</translation>
    </message>
    <message>
        <source>How to leave the laptop ballot</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:72</extracomment>
        <translation>Cómo salir de la votación en la computadora</translation>
    </message>
    <message>
        <source>Laptop ballot</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:74</extracomment>
        <translation>Votación en la computadora</translation>
    </message>
    <message>
        <source>Show projector</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:90</extracomment>
        <translation>Mostrar proyector</translation>
    </message>
    <message>
        <source>Shows the projector window on the second screen if there is one</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:91</extracomment>
        <translation>Muestra la ventana del proyector en la segunda pantalla, si hay una</translation>
    </message>
    <message>
        <source>Full screen (F5)</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:93</extracomment>
        <translation>Pantalla completa (F5)</translation>
    </message>
    <message>
        <source>Projector full screen</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:93</extracomment>
        <translation>Proyector en pantalla completa</translation>
    </message>
    <message>
        <source>Projector</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:95</extracomment>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Projector view: %1</source>
        <extracomment>pe_desktop/ui/console/sidebar.py:106</extracomment>
        <translation>Vista del proyector: %1</translation>
    </message>
</context>
<context>
    <name>Consoles</name>
    <message>
        <source>Session console</source>
        <extracomment>pe_desktop/ui/main/consoles.py:64</extracomment>
        <translation>Consola de la sesión</translation>
    </message>
    <message>
        <source>The session console is not part of this build.</source>
        <extracomment>pe_desktop/ui/main/consoles.py:65</extracomment>
        <translation>La consola de la sesión no está incluida en esta versión.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Discussion time left</source>
        <extracomment>pe_desktop/ui/projector/countdown.py:32</extracomment>
        <translation>Tiempo de conversación restante</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1 or %2</source>
        <extracomment>pe_desktop/ui/widgets/date_field.py:65</extracomment>
        <translation>p. ej. %1 o %2</translation>
    </message>
    <message>
        <source>Type a date, or leave it empty for no date. Alt+Down opens a calendar.</source>
        <extracomment>pe_desktop/ui/widgets/date_field.py:67</extracomment>
        <translation>Escriba una fecha o déjelo vacío si no hay fecha. Alt+Down abre un calendario.</translation>
    </message>
    <message>
        <source>Choose %1 on a calendar</source>
        <extracomment>pe_desktop/ui/widgets/date_field.py:73</extracomment>
        <translation>Elegir %1 en un calendario</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date. Type it as %3 or %4, or leave it empty for no date.</source>
        <extracomment>pe_desktop/ui/widgets/date_field.py:110</extracomment>
        <translation>%1: «%2» no es una fecha. Escríbala como %3 o %4, o déjelo vacío si no hay fecha.</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <extracomment>pe_desktop/ui/widgets/date_field.py:141</extracomment>
        <translation>Calendario para %1</translation>
    </message>
</context>
<context>
    <name>DemoRoom</name>
    <message>
        <source>Demo archive — not your own — Partnership equity</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:29</extracomment>
        <translation>Archivo de demostración — no es el suyo — Equidad en las alianzas</translation>
    </message>
    <message>
        <source>&amp;Watch a live session</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:41</extracomment>
        <translation>&amp;Ver una sesión en vivo</translation>
    </message>
    <message>
        <source>A whole workshop runs by itself in the demo archive: phones, paper, a show of hands, the projector, a second round</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:42</extracomment>
        <translation>Un taller completo se desarrolla solo en el archivo de demostración: teléfonos, papel, votos a mano alzada, el proyector, una segunda ronda</translation>
    </message>
    <message>
        <source>The live session stopped early.</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:73</extracomment>
        <translation>La sesión en vivo se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Watch a live session</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:73, pe_desktop/ui/demo/__init__.py:81, pe_desktop/ui/demo/__init__.py:104</extracomment>
        <translation>Ver una sesión en vivo</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:81</extracomment>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Watch a live session?</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:81</extracomment>
        <translation>¿Ver una sesión en vivo?</translation>
    </message>
    <message>
        <source>This is a demo archive of its own, not yours; it is deleted when you quit. In about a minute, people of four groups join by phone, paper and show of hands, the projector reveals each item, a second round runs and the session closes. You can start it later from Help ▸ Watch a live session.</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:82</extracomment>
        <translation>Este es un archivo de demostración propio, no el suyo; se borra al salir. En alrededor de un minuto, personas de cuatro grupos participan por teléfono, en papel y a mano alzada, el proyector revela cada tema, se hace una segunda ronda y la sesión se cierra. Puede iniciarla más tarde desde Ayuda ▸ Ver una sesión en vivo.</translation>
    </message>
    <message>
        <source>Not now</source>
        <extracomment>pe_desktop/ui/demo/__init__.py:86</extracomment>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>%1 sessions</source>
        <extracomment>pe_desktop/ui/main/details.py:157</extracomment>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 session</source>
        <extracomment>pe_desktop/ui/main/details.py:157</extracomment>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>pe_desktop/ui/main/details.py:182</extracomment>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>1 round</source>
        <extracomment>pe_desktop/ui/main/details.py:188</extracomment>
        <translation>1 ronda</translation>
    </message>
    <message>
        <source>2 rounds (now in round %1)</source>
        <extracomment>pe_desktop/ui/main/details.py:188</extracomment>
        <translation>2 rondas (ahora en la ronda %1)</translation>
    </message>
    <message>
        <source>none yet</source>
        <extracomment>pe_desktop/ui/main/details.py:190</extracomment>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <extracomment>pe_desktop/ui/main/details.py:194</extracomment>
        <translation>%1 abiertas de %2</translation>
    </message>
    <message>
        <source>Review closed session</source>
        <extracomment>pe_desktop/ui/main/details.py:203</extracomment>
        <translation>Revisar la sesión cerrada</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>pe_desktop/ui/main/details.py:64</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Selected title</source>
        <extracomment>pe_desktop/ui/main/details.py:65</extracomment>
        <translation>Título seleccionado</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>pe_desktop/ui/main/details.py:67</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Date:</source>
        <extracomment>pe_desktop/ui/main/details.py:121</extracomment>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <extracomment>pe_desktop/ui/main/details.py:121</extracomment>
        <translation>Alianza:</translation>
    </message>
    <message>
        <source>Place:</source>
        <extracomment>pe_desktop/ui/main/details.py:121</extracomment>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <extracomment>pe_desktop/ui/main/details.py:122</extracomment>
        <translation>Facilitación:</translation>
    </message>
    <message>
        <source>Form:</source>
        <extracomment>pe_desktop/ui/main/details.py:122</extracomment>
        <translation>Formulario:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <extracomment>pe_desktop/ui/main/details.py:122</extracomment>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <extracomment>pe_desktop/ui/main/details.py:123</extracomment>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <extracomment>pe_desktop/ui/main/details.py:123</extracomment>
        <translation>Rondas:</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>pe_desktop/ui/main/details.py:123</extracomment>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Minimum group size:</source>
        <extracomment>pe_desktop/ui/main/details.py:124</extracomment>
        <translation>Tamaño mínimo de grupo:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <extracomment>pe_desktop/ui/main/details.py:124</extracomment>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Action items:</source>
        <extracomment>pe_desktop/ui/main/details.py:125</extracomment>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <extracomment>pe_desktop/ui/main/details.py:125</extracomment>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Open session console</source>
        <extracomment>pe_desktop/ui/main/details.py:71, pe_desktop/ui/main/details.py:72, pe_desktop/ui/main/details.py:203</extracomment>
        <translation>Abrir la consola de la sesión</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>pe_desktop/ui/main/details.py:74</extracomment>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit session</source>
        <extracomment>pe_desktop/ui/main/details.py:75</extracomment>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Delete…</source>
        <extracomment>pe_desktop/ui/main/details.py:76</extracomment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <extracomment>pe_desktop/ui/main/details.py:77</extracomment>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>New session…</source>
        <extracomment>pe_desktop/ui/main/details.py:78</extracomment>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>pe_desktop/ui/main/details.py:79</extracomment>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Show trends…</source>
        <extracomment>pe_desktop/ui/main/details.py:84</extracomment>
        <translation>Ver tendencias…</translation>
    </message>
    <message>
        <source>Show the partnership&apos;s trends</source>
        <extracomment>pe_desktop/ui/main/details.py:85</extracomment>
        <translation>Ver las tendencias de la alianza</translation>
    </message>
    <message>
        <source>Each item&apos;s median, agreement and number of ratings, session by session</source>
        <extracomment>pe_desktop/ui/main/details.py:86</extracomment>
        <translation>La mediana, el acuerdo y el número de valoraciones de cada elemento, sesión por sesión</translation>
    </message>
    <message>
        <source>Choose a session on the left, or create a new one.</source>
        <extracomment>pe_desktop/ui/main/details.py:104</extracomment>
        <translation>Elija una sesión a la izquierda o cree una nueva.</translation>
    </message>
</context>
<context>
    <name>DiscussFirst</name>
    <message>
        <source>too few ratings yet (%1)</source>
        <extracomment>pe_desktop/ui/console/discuss.py:21</extracomment>
        <translation>todavía muy pocas valoraciones (%1)</translation>
    </message>
    <message>
        <source>%1 (rwg %2)</source>
        <extracomment>pe_desktop/ui/console/discuss.py:23</extracomment>
        <translation>%1 (rwg %2)</translation>
    </message>
    <message>
        <source>power gap %1</source>
        <extracomment>pe_desktop/ui/console/discuss.py:28</extracomment>
        <translation>brecha de poder %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <extracomment>pe_desktop/ui/console/discuss.py:29</extracomment>
        <translation>mediana %1</translation>
    </message>
</context>
<context>
    <name>DiscussFirstList</name>
    <message>
        <source>Discuss first</source>
        <extracomment>pe_desktop/ui/console/discuss.py:42</extracomment>
        <translation>Conversar primero</translation>
    </message>
    <message>
        <source>Items ranked for discussion: least agreement, largest power gap, lowest median</source>
        <extracomment>pe_desktop/ui/console/discuss.py:43</extracomment>
        <translation>Elementos ordenados para conversar: menor acuerdo, mayor brecha de poder, mediana más baja</translation>
    </message>
</context>
<context>
    <name>DiscussTimer</name>
    <message>
        <source>Pause</source>
        <extracomment>pe_desktop/ui/console/timer.py:126</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Discussion time left</source>
        <extracomment>pe_desktop/ui/console/timer.py:50</extracomment>
        <translation>Tiempo de conversación restante</translation>
    </message>
    <message>
        <source>Discussion minutes</source>
        <extracomment>pe_desktop/ui/console/timer.py:52</extracomment>
        <translation>Minutos de conversación</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>pe_desktop/ui/console/timer.py:55</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>pe_desktop/ui/console/timer.py:58, pe_desktop/ui/console/timer.py:126</extracomment>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <extracomment>pe_desktop/ui/console/timer.py:58</extracomment>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>pe_desktop/ui/console/timer.py:60</extracomment>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <extracomment>pe_desktop/ui/console/timer.py:60</extracomment>
        <translation>Reiniciar el temporizador</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export summary PDF</source>
        <extracomment>pe_desktop/ui/main/exports.py:81, pe_desktop/ui/main/exports.py:147</extracomment>
        <translation>Exportar resumen en PDF</translation>
    </message>
    <message>
        <source>Print ballots</source>
        <extracomment>pe_desktop/ui/main/exports.py:81, pe_desktop/ui/main/exports.py:160</extracomment>
        <translation>Imprimir boletas</translation>
    </message>
    <message>
        <source>ballots</source>
        <extracomment>pe_desktop/ui/main/exports.py:90</extracomment>
        <translation>boletas</translation>
    </message>
    <message>
        <source>summary</source>
        <extracomment>pe_desktop/ui/main/exports.py:90</extracomment>
        <translation>resumen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>pe_desktop/ui/main/exports.py:91</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>pe_desktop/ui/main/exports.py:111</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <extracomment>pe_desktop/ui/main/exports.py:111, pe_desktop/ui/main/exports.py:171</extracomment>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>ratings</source>
        <extracomment>pe_desktop/ui/main/exports.py:111</extracomment>
        <translation>valoraciones</translation>
    </message>
    <message>
        <source>Export session file</source>
        <extracomment>pe_desktop/ui/main/exports.py:174, pe_desktop/ui/main/exports.py:187</extracomment>
        <translation>Exportar archivo de sesión</translation>
    </message>
    <message>
        <source>Session files (*.sqlite)</source>
        <extracomment>pe_desktop/ui/main/exports.py:175</extracomment>
        <translation>Archivos de sesión (*.sqlite)</translation>
    </message>
    <message>
        <source>session</source>
        <extracomment>pe_desktop/ui/main/exports.py:175</extracomment>
        <translation>sesión</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Paper size</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:46</extracomment>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:49</extracomment>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:56</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:63</extracomment>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:69</extracomment>
        <translation>Boletas en blanco</translation>
    </message>
    <message>
        <source>One ballot for each of the %1 paper participants, plus the blank ones.</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:72</extracomment>
        <translation>Una boleta para cada una de las %1 personas que votan en papel, más las boletas en blanco.</translation>
    </message>
    <message>
        <source>No paper participants yet: print blank ballots with an empty code box.</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:74</extracomment>
        <translation>Todavía nadie vota en papel: imprima boletas en blanco con la casilla del código vacía.</translation>
    </message>
    <message>
        <source>&amp;Blank ballots:</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:78</extracomment>
        <translation>&amp;Boletas en blanco:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:92</extracomment>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <extracomment>pe_desktop/ui/dialogs/export_options.py:93</extracomment>
        <translation>Elegir archivo</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Review of 1 earlier action</source>
        <extracomment>pe_desktop/ui/undo.py:114</extracomment>
        <translation>revisión de 1 acción anterior</translation>
    </message>
    <message>
        <source>Review of %1 earlier actions</source>
        <extracomment>pe_desktop/ui/undo.py:114</extracomment>
        <translation>revisión de %1 acciones anteriores</translation>
    </message>
    <message>
        <source>Review earlier actions</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:88, pe_desktop/ui/dialogs/followup.py:89, pe_desktop/ui/dialogs/followup.py:203</extracomment>
        <translation>Revisar acciones anteriores</translation>
    </message>
    <message>
        <source>Action items still open from earlier sessions of “%1”</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:122</extracomment>
        <translation>Acciones todavía abiertas de sesiones anteriores de “%1”</translation>
    </message>
    <message>
        <source>Nothing to review for “%1”</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:123</extracomment>
        <translation>No hay nada que revisar para “%1”</translation>
    </message>
    <message>
        <source>Heading</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:124</extracomment>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Before “%1” starts, say what became of each one. Done and Dropped close it in the session where it was agreed. Still open carries it into this session, linked to where it began. Decide later leaves it for the next review.</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:130</extracomment>
        <translation>Antes de empezar “%1”, indique qué pasó con cada una. Hecha y Descartada la cierran en la sesión donde se acordó. Sigue abierta la trae a esta sesión, enlazada con la sesión donde empezó. Decidir después la deja para la próxima revisión.</translation>
    </message>
    <message>
        <source>No earlier session of this partnership has an open action item waiting for review.</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:136</extracomment>
        <translation>Ninguna sesión anterior de esta alianza tiene acciones abiertas pendientes de revisión.</translation>
    </message>
    <message>
        <source>What to do</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:137</extracomment>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Open action items</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:142</extracomment>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:144</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:144</extracomment>
        <translation>Acordada en</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:144</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:144</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>What became of it</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:144</extracomment>
        <translation>Qué pasó con ella</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:150</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:151</extracomment>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Apply</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:98</extracomment>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:101</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Apply the choices</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:102</extracomment>
        <translation>Aplicar lo elegido</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:165</extracomment>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>last carried to “%1”</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:170</extracomment>
        <translation>traída por última vez a “%1”</translation>
    </message>
    <message>
        <source>What became of “%1”</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:174</extracomment>
        <translation>Qué pasó con “%1”</translation>
    </message>
    <message>
        <source>Some choices could not be applied.</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:204</extracomment>
        <translation>No se pudo aplicar parte de lo elegido.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:55, pe_desktop/ui/dialogs/followup.py:101</extracomment>
        <translation>Decidir después</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:56</extracomment>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Still open: carry forward</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:57</extracomment>
        <translation>Sigue abierta: traerla a esta sesión</translation>
    </message>
    <message>
        <source>Dropped</source>
        <extracomment>pe_desktop/ui/dialogs/followup.py:58</extracomment>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <source>%1 has a problem; it was not imported.</source>
        <extracomment>pe_desktop/ui/dialogs/form_import.py:44</extracomment>
        <translation>%1 tiene un problema; no se importó.</translation>
    </message>
    <message>
        <source>%1 has %2 problems; it was not imported.</source>
        <extracomment>pe_desktop/ui/dialogs/form_import.py:45</extracomment>
        <translation>%1 tiene %2 problemas; no se importó.</translation>
    </message>
    <message>
        <source>“%1” is already in your forms folder.</source>
        <extracomment>pe_desktop/ui/dialogs/form_import.py:51</extracomment>
        <translation>“%1” ya está en su carpeta de formularios.</translation>
    </message>
    <message>
        <source>A form with the key “%1” (version %2) is already available; it was not imported.</source>
        <extracomment>pe_desktop/ui/dialogs/form_import.py:59</extracomment>
        <translation>Ya hay un formulario con la clave “%1” (versión %2); no se importó.</translation>
    </message>
    <message>
        <source>Raise the version in %1 above %2 to replace it.</source>
        <extracomment>pe_desktop/ui/dialogs/form_import.py:61</extracomment>
        <translation>Para reemplazarlo, suba la versión en %1 a más de %2.</translation>
    </message>
    <message>
        <source>The form could not be copied into %1.</source>
        <extracomment>pe_desktop/ui/dialogs/form_import.py:70</extracomment>
        <translation>No se pudo copiar el formulario en %1.</translation>
    </message>
    <message>
        <source>“%1” (%2 items) was added to your forms. Choose it in Session ▸ New session.</source>
        <extracomment>pe_desktop/ui/dialogs/form_import.py:72</extracomment>
        <translation>“%1” (%2 elementos) se agregó a sus formularios. Elíjalo en Sesión ▸ Nueva sesión.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>How many gave a number on the scale (&quot;not sure&quot; is counted apart).</source>
        <extracomment>pe_desktop/ui/console/glossary.py:26</extracomment>
        <translation>Cuántas personas dieron un número de la escala (&quot;no sé&quot; se cuenta aparte).</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>pe_desktop/ui/console/glossary.py:26</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>pe_desktop/ui/console/glossary.py:27</extracomment>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>The middle answer: half the ratings are at or below it, half at or above.</source>
        <extracomment>pe_desktop/ui/console/glossary.py:27</extracomment>
        <translation>La respuesta del medio: la mitad de las respuestas está en ella o por debajo, la otra mitad en ella o por encima.</translation>
    </message>
    <message>
        <source>IQR</source>
        <extracomment>pe_desktop/ui/console/glossary.py:28</extracomment>
        <translation>RIC</translation>
    </message>
    <message>
        <source>Interquartile range: where the middle half of the ratings lie, from the first to the third quartile. Narrow means most people answered alike.</source>
        <extracomment>pe_desktop/ui/console/glossary.py:28</extracomment>
        <translation>Rango intercuartílico: dónde está la mitad central de las respuestas, del primer al tercer cuartil. Si es estrecho, la mayoría respondió parecido.</translation>
    </message>
    <message>
        <source>Agreement (rwg)</source>
        <extracomment>pe_desktop/ui/console/glossary.py:30</extracomment>
        <translation>Acuerdo (rwg)</translation>
    </message>
    <message>
        <source>How closely the ratings agree, from 0 (as spread as answers picked at random) to 1 (everyone gave the same answer): &quot;agree&quot; from 0.70, &quot;mixed&quot; from 0.50, &quot;split&quot; below; &quot;too few to tell&quot; under 3 ratings.</source>
        <extracomment>pe_desktop/ui/console/glossary.py:30</extracomment>
        <translation>Cuánto coinciden las respuestas, de 0 (tan dispersas como respuestas al azar) a 1 (todos dieron la misma respuesta): &quot;de acuerdo&quot; desde 0,70, &quot;mixto&quot; desde 0,50, &quot;dividido&quot; por debajo; &quot;muy pocas para saber&quot; con menos de 3 respuestas.</translation>
    </message>
    <message>
        <source>Ratings massed at both ends of the scale with few in between, not merely scattered: van der Eijk&apos;s agreement A is below 0 (A runs from -1, two equal camps at the ends, through 0, an even spread, to 1, everyone alike). Needs 3 ratings.</source>
        <extracomment>pe_desktop/ui/console/glossary.py:33</extracomment>
        <translation>Respuestas agrupadas en los dos extremos de la escala con pocas en medio, no solo dispersas: el acuerdo A de van der Eijk es menor que 0 (A va de -1, dos bandos iguales en los extremos, pasando por 0, un reparto parejo, hasta 1, todos iguales). Necesita 3 respuestas.</translation>
    </message>
    <message>
        <source>Split into camps</source>
        <extracomment>pe_desktop/ui/console/glossary.py:33</extracomment>
        <translation>Partido en bandos</translation>
    </message>
    <message>
        <source>Band</source>
        <extracomment>pe_desktop/ui/console/glossary.py:37</extracomment>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Where the median falls on the scale: &quot;strength&quot; in the top quarter (4 or more on 1-5), &quot;watch&quot; from the middle up (3 to under 4), &quot;concern&quot; in the lower half (below 3).</source>
        <extracomment>pe_desktop/ui/console/glossary.py:37</extracomment>
        <translation>Dónde cae la mediana en la escala: &quot;fortaleza&quot; en el cuarto superior (4 o más en 1-5), &quot;atención&quot; de la mitad hacia arriba (de 3 a menos de 4), &quot;preocupación&quot; en la mitad inferior (menos de 3).</translation>
    </message>
    <message>
        <source>Mean of the community groups minus mean of the institution groups; below 0, community groups rated the item lower. Only groups large enough to be shown count.</source>
        <extracomment>pe_desktop/ui/console/glossary.py:40</extracomment>
        <translation>Media de los grupos comunitarios menos media de los grupos institucionales; por debajo de 0, los grupos comunitarios puntuaron más bajo. Solo cuentan los grupos lo bastante grandes para mostrarse.</translation>
    </message>
    <message>
        <source>Power gap</source>
        <extracomment>pe_desktop/ui/console/glossary.py:40</extracomment>
        <translation>Brecha de poder</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <extracomment>pe_desktop/ui/console/glossary.py:52, pe_desktop/ui/console/glossary.py:56</extracomment>
        <translation>Qué significan las cifras</translation>
    </message>
    <message>
        <source>Glossary of the figures</source>
        <extracomment>pe_desktop/ui/console/glossary.py:60</extracomment>
        <translation>Glosario de las cifras</translation>
    </message>
</context>
<context>
    <name>GroupsEditor</name>
    <message>
        <source>Group %1 position</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:89, pe_desktop/ui/dialogs/session_groups.py:132</extracomment>
        <translation>Posición del grupo %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:91</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:92, pe_desktop/ui/dialogs/session_groups.py:133</extracomment>
        <translation>Quitar el grupo %1</translation>
    </message>
    <message>
        <source>This group is already in the archive; it cannot be renamed or removed here.</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:96</extracomment>
        <translation>Este grupo ya está en el archivo de sesiones; aquí no se puede cambiar de nombre ni quitar.</translation>
    </message>
    <message>
        <source>Group name</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:65</extracomment>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:66</extracomment>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Community: residents and community organizations. Institution: hospitals, agencies, funders, universities.</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:67</extracomment>
        <translation>Comunidad: residentes y organizaciones comunitarias. Institución: hospitales, agencias, financiadores, universidades.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:72</extracomment>
        <translation>Agregar gr&amp;upo</translation>
    </message>
    <message>
        <source>Add group</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:73</extracomment>
        <translation>Agregar grupo</translation>
    </message>
    <message>
        <source>e.g. Residents</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:82</extracomment>
        <translation>p. ej., Residentes</translation>
    </message>
    <message>
        <source>Group %1 name</source>
        <extracomment>pe_desktop/ui/dialogs/session_groups.py:83, pe_desktop/ui/dialogs/session_groups.py:131</extracomment>
        <translation>Nombre del grupo %1</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Before the meeting</source>
        <extracomment>pe_desktop/ui/main/help.py:22</extracomment>
        <translation>Antes de la reunión</translation>
    </message>
    <message>
        <source>Session ▸ New session: choose the form, the partnership, the date and place.</source>
        <extracomment>pe_desktop/ui/main/help.py:24</extracomment>
        <translation>Sesión ▸ Nueva sesión: elija el formulario, la alianza, la fecha y el lugar.</translation>
    </message>
    <message>
        <source>Add the stakeholder groups (for example Residents, Community organizations, Hospital staff, Funders) and say for each whether it is on the community or the institution side.</source>
        <extracomment>pe_desktop/ui/main/help.py:25</extracomment>
        <translation>Agregue los grupos de interés (por ejemplo Residentes, Organizaciones comunitarias, Personal del hospital, Financiadores) e indique para cada uno si está del lado de la comunidad o del lado de las instituciones.</translation>
    </message>
    <message>
        <source>Keep the minimum group size at 3 unless you have a reason: a smaller group is never shown on its own, so nobody&apos;s rating can be picked out.</source>
        <extracomment>pe_desktop/ui/main/help.py:30</extracomment>
        <translation>Deje el tamaño mínimo de grupo en 3, salvo que tenga un motivo: un grupo más pequeño nunca se muestra por separado, así nadie puede saber qué valoró cada persona.</translation>
    </message>
    <message>
        <source>If some people will use paper, print ballots (File ▸ Print ballots).</source>
        <extracomment>pe_desktop/ui/main/help.py:35</extracomment>
        <translation>Si algunas personas van a votar en papel, imprima boletas (Archivo ▸ Imprimir boletas).</translation>
    </message>
    <message>
        <source>In the room</source>
        <extracomment>pe_desktop/ui/main/help.py:39</extracomment>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>Open the session console (Enter on the session, or Session ▸ Open console). Show the projector window on the second screen from the console&apos;s View menu.</source>
        <extracomment>pe_desktop/ui/main/help.py:41</extracomment>
        <translation>Abra la consola de la sesión (Enter sobre la sesión, o Sesión ▸ Abrir consola). Muestre la ventana del proyector en la segunda pantalla desde el menú Ver de la consola.</translation>
    </message>
    <message>
        <source>People join with their phone, fill in a paper ballot, vote by show of hands (you type the counts), or take turns on the laptop. Nobody needs a name, an account or a smartphone.</source>
        <extracomment>pe_desktop/ui/main/help.py:45</extracomment>
        <translation>La gente se une con su teléfono, llena una boleta de papel, vota a mano alzada (usted escribe el recuento) o vota por turnos en la computadora. Nadie necesita dar su nombre, tener una cuenta ni un teléfono inteligente.</translation>
    </message>
    <message>
        <source>Open voting for one attribute or all of them. While voting is open the screen only shows how many have rated, so early votes do not sway later ones.</source>
        <extracomment>pe_desktop/ui/main/help.py:50</extracomment>
        <translation>Abra la votación de un atributo o de todos. Mientras la votación está abierta, la pantalla solo muestra cuántas personas ya votaron, para que los primeros votos no influyan en los siguientes.</translation>
    </message>
    <message>
        <source>Close voting and reveal: everyone sees the spread of scores, the middle score and how much people agree.</source>
        <extracomment>pe_desktop/ui/main/help.py:54</extracomment>
        <translation>Cierre la votación y revele los resultados: todos ven cómo se reparten los puntajes, el puntaje del medio y cuánto coincide la gente.</translation>
    </message>
    <message>
        <source>Discuss</source>
        <extracomment>pe_desktop/ui/main/help.py:61</extracomment>
        <translation>Conversar</translation>
    </message>
    <message>
        <source>Start with the attributes the console lists under “Discuss first”: least agreement, the biggest gap between community and institution, or the lowest scores.</source>
        <extracomment>pe_desktop/ui/main/help.py:63</extracomment>
        <translation>Empiece por los atributos que la consola muestra en “Conversar primero”: los de menor acuerdo, la mayor brecha entre comunidad e instituciones o los puntajes más bajos.</translation>
    </message>
    <message>
        <source>Write down notes, quotes and disagreements, and agree on action items with an owner and a due date. Everything is saved at once; Ctrl+Z undoes a mistake while the session is open.</source>
        <extracomment>pe_desktop/ui/main/help.py:68</extracomment>
        <translation>Anote notas, citas y desacuerdos, y acuerden acciones con una persona responsable y una fecha límite. Todo se guarda al instante; Ctrl+Z deshace un error mientras la sesión está abierta.</translation>
    </message>
    <message>
        <source>If you planned two rounds, start round 2 and rate again: the result shows how views moved.</source>
        <extracomment>pe_desktop/ui/main/help.py:73</extracomment>
        <translation>Si planeó dos rondas, empiece la ronda 2 y vuelvan a valorar: el resultado muestra cómo cambiaron las opiniones.</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <extracomment>pe_desktop/ui/main/help.py:77</extracomment>
        <translation>Después de la reunión</translation>
    </message>
    <message>
        <source>Close the session in the console. The archive is backed up automatically.</source>
        <extracomment>pe_desktop/ui/main/help.py:79</extracomment>
        <translation>Cierre la sesión en la consola. Se hace una copia de seguridad del archivo de sesiones automáticamente.</translation>
    </message>
    <message>
        <source>Export the PDF summary for everyone (File ▸ Export summary PDF). Open action items carry forward to the partnership&apos;s next session.</source>
        <extracomment>pe_desktop/ui/main/help.py:80</extracomment>
        <translation>Exporte el resumen en PDF para todos (Archivo ▸ Exportar resumen en PDF). Las acciones abiertas pasan a la siguiente sesión de la alianza.</translation>
    </message>
    <message>
        <source>How to run a session</source>
        <extracomment>pe_desktop/ui/main/help.py:88</extracomment>
        <translation>Cómo realizar una sesión</translation>
    </message>
    <message>
        <source>Keyboard: Ctrl+N new session, Enter opens the selected session, Ctrl+F filters the list, F1 shows this help.</source>
        <extracomment>pe_desktop/ui/main/help.py:93</extracomment>
        <translation>Teclado: Ctrl+N nueva sesión, Enter abre la sesión elegida, Ctrl+F filtra la lista, F1 muestra esta ayuda.</translation>
    </message>
    <message>
        <source>pe_desktop %1 — facilitated partnership-equity workshops</source>
        <extracomment>pe_desktop/ui/main/help.py:123</extracomment>
        <translation>pe_desktop %1 — talleres facilitados de equidad en las alianzas</translation>
    </message>
    <message>
        <source>Participants rate the attributes of a partnership, see the spread of scores, discuss, rate again and take home a summary. Everything works offline and is kept in a local archive.</source>
        <extracomment>pe_desktop/ui/main/help.py:125</extracomment>
        <translation>Las personas participantes valoran los atributos de una alianza, ven cómo se reparten los puntajes, conversan, vuelven a valorar y se llevan un resumen. Todo funciona sin internet y se guarda en un archivo local.</translation>
    </message>
    <message>
        <source>Credit: the default form is the Partnership Equity Framework.</source>
        <extracomment>pe_desktop/ui/main/help.py:128</extracomment>
        <translation>Crédito: el formulario predeterminado es el Marco de Equidad en las Alianzas (Partnership Equity Framework).</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6), SQLite, sqlite-utils, pyqtgraph and reportlab.</source>
        <extracomment>pe_desktop/ui/main/help.py:134</extracomment>
        <translation>Hecho con Qt for Python (PySide6), SQLite, sqlite-utils, pyqtgraph y reportlab.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How to run a session</source>
        <extracomment>pe_desktop/ui/main/help.py:104</extracomment>
        <translation>Cómo realizar una sesión</translation>
    </message>
    <message>
        <source>Help text</source>
        <extracomment>pe_desktop/ui/main/help.py:110</extracomment>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>Close help</source>
        <extracomment>pe_desktop/ui/main/help.py:113</extracomment>
        <translation>Cerrar la ayuda</translation>
    </message>
</context>
<context>
    <name>ImportRatingsDialog</name>
    <message>
        <source>ratings of “%1”</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:40</extracomment>
        <translation>valoraciones de «%1»</translation>
    </message>
    <message>
        <source>group</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:42</extracomment>
        <translation>grupo</translation>
    </message>
    <message>
        <source>item</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:42</extracomment>
        <translation>ítem</translation>
    </message>
    <message>
        <source>participant code</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:42</extracomment>
        <translation>código de participante</translation>
    </message>
    <message>
        <source>ignored</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:43</extracomment>
        <translation>no se usa</translation>
    </message>
    <message>
        <source>rating</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:43</extracomment>
        <translation>valoración</translation>
    </message>
    <message>
        <source>round</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:43</extracomment>
        <translation>ronda</translation>
    </message>
    <message>
        <source>Import ratings</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:65, pe_desktop/ui/dialogs/import_ratings.py:66</extracomment>
        <translation>Importar valoraciones</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:74</extracomment>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:82</extracomment>
        <translation>Columna</translation>
    </message>
    <message>
        <source>How each column was understood</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:81</extracomment>
        <translation>Cómo se entendió cada columna</translation>
    </message>
    <message>
        <source>Taken as</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:82</extracomment>
        <translation>Se toma como</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:83</extracomment>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>First rows</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:85</extracomment>
        <translation>Primeras filas</translation>
    </message>
    <message>
        <source>How each column was understood:</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:86</extracomment>
        <translation>Cómo se entendió cada columna:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:88</extracomment>
        <translation>Primeras filas del archivo:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:91</extracomment>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:92</extracomment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was written:
%1</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:101</extracomment>
        <translation>Este archivo no se puede importar; no se guardó nada:
%1</translation>
    </message>
    <message>
        <source>one row per person, one column per item</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:102</extracomment>
        <translation>una fila por persona, una columna por ítem</translation>
    </message>
    <message>
        <source>one row per rating</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:103</extracomment>
        <translation>una fila por valoración</translation>
    </message>
    <message>
        <source>%1: %2 ratings of %3 participants (%4; read as %5). Nothing is written until you press Import.</source>
        <extracomment>pe_desktop/ui/dialogs/import_ratings.py:105</extracomment>
        <translation>%1: %2 valoraciones de %3 participantes (%4; leído como %5). No se guarda nada hasta que pulse Importar.</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Round %1 · %2 · %3 rated</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:128</extracomment>
        <translation type="vanished">Ronda %1 · %2 · %3 valoraciones</translation>
    </message>
    <message>
        <source>hidden (small group)</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:177</extracomment>
        <translation>oculto (grupo pequeño)</translation>
    </message>
    <message>
        <source>Since round 1: median %1, agreement (rwg) %2</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:184</extracomment>
        <translation>Desde la ronda 1: mediana %1, acuerdo (rwg) %2</translation>
    </message>
    <message>
        <source>Figures of the current item</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:87</extracomment>
        <translation>Cifras del elemento actual</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:93</extracomment>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>IQR</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:92</extracomment>
        <translation>RIC</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:91, pe_desktop/ui/console/item_detail.py:99</extracomment>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:90</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:89, pe_desktop/ui/console/item_detail.py:99</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>Band</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:94</extracomment>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Power gap</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:95</extracomment>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Groups of the current item</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:98</extracomment>
        <translation>Grupos del elemento actual</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:99</extracomment>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:99</extracomment>
        <translation>Media</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:99</extracomment>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Split into camps</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:107</extracomment>
        <translation>Partido en bandos</translation>
    </message>
    <message>
        <source>Current item</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:108</extracomment>
        <translation>Elemento actual</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:109</extracomment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:110</extracomment>
        <translation>Preguntas para conversar</translation>
    </message>
    <message>
        <source>Voting state and count</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:111</extracomment>
        <translation>Estado de la votación y recuento</translation>
    </message>
    <message>
        <source>Shift between rounds</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:112</extracomment>
        <translation>Cambio entre rondas</translation>
    </message>
    <message>
        <source>Round %1 · %2 · %3</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:156</extracomment>
        <translation>Ronda %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Split into camps: too few ratings to tell.</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:192</extracomment>
        <translation>Partido en bandos: muy pocas respuestas para saberlo.</translation>
    </message>
    <message>
        <source>Split into camps: yes. The ratings are massed at both ends of the scale, not merely scattered: ask each side what they see.</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:194</extracomment>
        <translation>Partido en bandos: sí. Las respuestas se agrupan en los dos extremos de la escala, no solo están dispersas: pregunte a cada lado qué ve.</translation>
    </message>
    <message>
        <source>Split into camps: no.</source>
        <extracomment>pe_desktop/ui/console/item_detail.py:196</extracomment>
        <translation>Partido en bandos: no.</translation>
    </message>
</context>
<context>
    <name>ItemNavigator</name>
    <message>
        <source>Attributes of the instrument with their voting state and how many rated</source>
        <extracomment>pe_desktop/ui/console/items.py:110</extracomment>
        <translation type="vanished">Atributos del instrumento, con el estado de la votación y cuántas personas valoraron</translation>
    </message>
    <message>
        <source>Items</source>
        <extracomment>pe_desktop/ui/console/items.py:119</extracomment>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Attributes of the instrument with their voting state and how many rated. Arrows choose an item; Enter shows it.</source>
        <extracomment>pe_desktop/ui/console/items.py:120</extracomment>
        <translation>Atributos del instrumento, con el estado de la votación y cuántas personas valoraron. Las flechas eligen un elemento; Enter lo muestra.</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>#</source>
        <extracomment>pe_desktop/ui/console/items.py:95</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/console/items.py:95</extracomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Rated</source>
        <extracomment>pe_desktop/ui/console/items.py:95</extracomment>
        <translation>Votos</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>pe_desktop/ui/console/items.py:95</extracomment>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>JoinBanner</name>
    <message>
        <source>How to join by phone</source>
        <extracomment>pe_desktop/ui/projector/banner.py:34</extracomment>
        <translation>Cómo participar con el teléfono</translation>
    </message>
    <message>
        <source>QR code to join by phone</source>
        <extracomment>pe_desktop/ui/projector/banner.py:39</extracomment>
        <translation>Código QR para participar con el teléfono</translation>
    </message>
    <message>
        <source>Address to join by phone</source>
        <extracomment>pe_desktop/ui/projector/banner.py:40</extracomment>
        <translation>Dirección para participar con el teléfono</translation>
    </message>
</context>
<context>
    <name>JoinCapDialog</name>
    <message>
        <source>Phone limit</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:46</extracomment>
        <translation>Límite de teléfonos</translation>
    </message>
    <message>
        <source>%1 of %2 phones have joined. Phones beyond the limit are turned away; raise it if more people in the room want to vote by phone.</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:48</extracomment>
        <translation>Se han unido %1 de %2 teléfonos. Los teléfonos que pasen del límite se rechazan; súbalo si más personas de la sala quieren votar por teléfono.</translation>
    </message>
    <message>
        <source>Most phones that may join</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:53</extracomment>
        <translation>Máximo de teléfonos que pueden unirse</translation>
    </message>
    <message>
        <source>&amp;Phones allowed:</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:64</extracomment>
        <translation>&amp;Teléfonos permitidos:</translation>
    </message>
    <message>
        <source>Set limit</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:66</extracomment>
        <translation>Fijar límite</translation>
    </message>
    <message>
        <source>Could not set the limit: %1</source>
        <extracomment>pe_desktop/ui/phone/join_cap.py:81</extracomment>
        <translation>No se pudo fijar el límite: %1</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Session title</source>
        <extracomment>pe_desktop/ui/projector/pages.py:61</extracomment>
        <translation type="vanished">Título de la sesión</translation>
    </message>
    <message>
        <source>QR code to join by phone</source>
        <extracomment>pe_desktop/ui/projector/pages.py:64</extracomment>
        <translation type="vanished">Código QR para unirse por teléfono</translation>
    </message>
    <message>
        <source>Address to join by phone</source>
        <extracomment>pe_desktop/ui/projector/pages.py:65</extracomment>
        <translation type="vanished">Dirección para unirse por teléfono</translation>
    </message>
    <message>
        <source>Number of people joined</source>
        <extracomment>pe_desktop/ui/projector/pages.py:67</extracomment>
        <translation type="vanished">Número de personas conectadas</translation>
    </message>
    <message>
        <source>How to take part</source>
        <extracomment>pe_desktop/ui/projector/pages.py:68</extracomment>
        <translation type="vanished">Cómo participar</translation>
    </message>
    <message>
        <source>Welcome. Vote on a paper ballot, by show of hands, or on this laptop. No name is shown, ever.</source>
        <extracomment>pe_desktop/ui/projector/pages.py:106</extracomment>
        <translation type="vanished">Bienvenida, bienvenido. Vote en una boleta de papel, a mano alzada o en esta computadora. Nunca se muestra ningún nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <extracomment>pe_desktop/ui/projector/pages.py:111</extracomment>
        <translation type="vanished">
            <numerusform>Se unió %n persona</numerusform>
            <numerusform>Se unieron %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the code or type the address into your phone&apos;s browser. Paper ballots and this laptop work too.</source>
        <extracomment>pe_desktop/ui/projector/pages.py:113</extracomment>
        <translation type="vanished">Escanee el código o escriba la dirección en el navegador de su teléfono. También puede votar en papel o en esta computadora.</translation>
    </message>
</context>
<context>
    <name>JoinWifi</name>
    <message>
        <source>QR code to join the Wi-Fi network</source>
        <extracomment>pe_desktop/ui/projector/join_qr.py:41</extracomment>
        <translation>Código QR para conectarse al wifi</translation>
    </message>
    <message>
        <source>Wi-Fi network to join</source>
        <extracomment>pe_desktop/ui/projector/join_qr.py:46</extracomment>
        <translation>Red wifi a la que conectarse</translation>
    </message>
    <message>
        <source>Short address to type</source>
        <extracomment>pe_desktop/ui/projector/join_qr.py:50</extracomment>
        <translation type="vanished">Dirección corta para escribir</translation>
    </message>
    <message>
        <source>1. Join the Wi-Fi “%1”</source>
        <extracomment>pe_desktop/ui/projector/join_qr.py:72</extracomment>
        <translation type="vanished">1. Conéctese al wifi «%1»</translation>
    </message>
    <message>
        <source>Or type: %1</source>
        <extracomment>pe_desktop/ui/projector/join_qr.py:74</extracomment>
        <translation type="vanished">O escriba: %1</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Welcome</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Bienvenida, bienvenido</translation>
    </message>
    <message>
        <source>Which group are you part of?</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>¿De qué grupo forma parte?</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>You can skip a question with Next.</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Puede saltar una pregunta con Siguiente.</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Your answers are saved. Please pass the laptop to the next person.</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:134</extracomment>
        <translation>Sus respuestas están guardadas. Por favor, pase la computadora a la siguiente persona.</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>pe_desktop/ui/kiosk.py:131</extracomment>
        <translation type="vanished">Idioma</translation>
    </message>
    <message>
        <source>Laptop ballot</source>
        <extracomment>pe_desktop/ui/ballots/kiosk.py:104</extracomment>
        <translation>Votación en la computadora</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not started</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:24, pe_desktop/ui/widgets/labels.py:67</extracomment>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:24</extracomment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:25</extracomment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:31</extracomment>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Institution</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:31</extracomment>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:31</extracomment>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Acclimate</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:39</extracomment>
        <translation>Aclimatar</translation>
    </message>
    <message>
        <source>Activate</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:39</extracomment>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Advise</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:39</extracomment>
        <translation>Asesorar</translation>
    </message>
    <message>
        <source>Accelerate</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:40</extracomment>
        <translation>Acelerar</translation>
    </message>
    <message>
        <source>Optional: how far the partnership has come. It is kept with the session for later comparison.</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:50</extracomment>
        <translation>Opcional: qué tanto ha avanzado la alianza. Se guarda con la sesión para compararla más adelante.</translation>
    </message>
    <message>
        <source>Listening and laying the foundation: hearing residents, agreeing on a shared vision and roles.</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:51</extracomment>
        <translation>Escuchar y sentar las bases: oír a los residentes, acordar una visión común y los papeles de cada quien.</translation>
    </message>
    <message>
        <source>Building trust and learning to work together: meeting, communicating, dealing with concerns early.</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:52</extracomment>
        <translation>Generar confianza y aprender a trabajar juntos: reunirse, comunicarse, atender las inquietudes a tiempo.</translation>
    </message>
    <message>
        <source>Turning plans into action: doing the work together and sharing decisions.</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:53</extracomment>
        <translation>Pasar de los planes a la acción: hacer el trabajo juntos y compartir las decisiones.</translation>
    </message>
    <message>
        <source>Growing what works and making it last: sharing power and resources for the long term.</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:54</extracomment>
        <translation>Ampliar lo que funciona y hacerlo durar: compartir el poder y los recursos a largo plazo.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:60</extracomment>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Paper</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:60</extracomment>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:60</extracomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:61</extracomment>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Tally</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:61</extracomment>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Voting open</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:67</extracomment>
        <translation>Votación abierta</translation>
    </message>
    <message>
        <source>Revealed</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:68</extracomment>
        <translation>Revelado</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:68</extracomment>
        <translation>Votación cerrada</translation>
    </message>
    <message>
        <source>Dissent</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:73</extracomment>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:73</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Quote</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:73</extracomment>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:78</extracomment>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:78</extracomment>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>pe_desktop/ui/widgets/labels.py:78</extracomment>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The new language applies the next time you start pe_desktop.</source>
        <extracomment>pe_desktop/ui/language.py:111</extracomment>
        <translation>El idioma nuevo se usará la próxima vez que abra pe_desktop.</translation>
    </message>
    <message>
        <source>While %1 is set to “%2”, that language is used instead.</source>
        <extracomment>pe_desktop/ui/language.py:114</extracomment>
        <translation>Mientras %1 tenga el valor “%2”, se usa ese idioma en su lugar.</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>pe_desktop/ui/language.py:116</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>pe_desktop/ui/language.py:123</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>LegendRow</name>
    <message>
        <source>Legend</source>
        <extracomment>pe_desktop/charts/base.py:51</extracomment>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Marker</source>
        <extracomment>pe_desktop/charts/base.py:77</extracomment>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Unused</source>
        <extracomment>pe_desktop/charts/base.py:102</extracomment>
        <translation>Sin uso</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>Live session</source>
        <extracomment>pe_desktop/ui/demo/live.py:91</extracomment>
        <translation>Sesión en vivo</translation>
    </message>
    <message>
        <source>Phone voting starts; the projector shows how to join</source>
        <extracomment>pe_desktop/ui/demo/live.py:132</extracomment>
        <translation>Empieza la votación por teléfono; el proyector muestra cómo participar</translation>
    </message>
    <message>
        <source>People join from their phones; paper ballots are handed out</source>
        <extracomment>pe_desktop/ui/demo/live.py:133</extracomment>
        <translation>La gente se conecta con el teléfono; se reparten boletas</translation>
    </message>
    <message>
        <source>Voting opens on “%1”</source>
        <extracomment>pe_desktop/ui/demo/live.py:138</extracomment>
        <translation>Se abre la votación de «%1»</translation>
    </message>
    <message>
        <source>Phones vote; paper ballots and a show of hands are entered</source>
        <extracomment>pe_desktop/ui/demo/live.py:139, pe_desktop/ui/demo/live.py:147</extracomment>
        <translation>Votan los teléfonos; se anotan las boletas y los votos a mano alzada</translation>
    </message>
    <message>
        <source>Voting closes on “%1”</source>
        <extracomment>pe_desktop/ui/demo/live.py:140</extracomment>
        <translation>Se cierra la votación de «%1»</translation>
    </message>
    <message>
        <source>The room sees the results of “%1”</source>
        <extracomment>pe_desktop/ui/demo/live.py:141</extracomment>
        <translation>La sala ve los resultados de «%1»</translation>
    </message>
    <message>
        <source>Round 2: everyone rates every item again</source>
        <extracomment>pe_desktop/ui/demo/live.py:145</extracomment>
        <translation>Ronda 2: todos vuelven a calificar cada tema</translation>
    </message>
    <message>
        <source>Voting opens on every item</source>
        <extracomment>pe_desktop/ui/demo/live.py:146</extracomment>
        <translation>Se abre la votación de todos los temas</translation>
    </message>
    <message>
        <source>Voting closes; the results are revealed</source>
        <extracomment>pe_desktop/ui/demo/live.py:148</extracomment>
        <translation>Se cierra la votación; se revelan los resultados</translation>
    </message>
    <message>
        <source>The projector shows what moved between the rounds</source>
        <extracomment>pe_desktop/ui/demo/live.py:149</extracomment>
        <translation>El proyector muestra qué cambió entre las rondas</translation>
    </message>
    <message>
        <source>The session is closed: a backup is made and the overview shown</source>
        <extracomment>pe_desktop/ui/demo/live.py:151</extracomment>
        <translation>La sesión se cierra: se hace una copia de seguridad y se muestra el resumen</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <extracomment>pe_desktop/ui/demo/live.py:168</extracomment>
        <translation>Demostración: %1</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>pe_desktop/ui/main/menus.py:77</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <extracomment>pe_desktop/ui/main/menus.py:227</extracomment>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>pe_desktop/ui/main/menus.py:77</extracomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <extracomment>pe_desktop/ui/main/menus.py:78</extracomment>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>pe_desktop/ui/main/menus.py:78</extracomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>pe_desktop/ui/main/menus.py:79</extracomment>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Import rati&amp;ngs…</source>
        <extracomment>pe_desktop/ui/main/menus.py:128</extracomment>
        <translation>Importar &amp;valoraciones…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <extracomment>pe_desktop/ui/main/menus.py:132</extracomment>
        <translation>Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Re&amp;view earlier actions…</source>
        <extracomment>pe_desktop/ui/main/menus.py:167</extracomment>
        <translation>Rev&amp;isar acciones anteriores…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>pe_desktop/ui/main/menus.py:291, pe_desktop/ui/main/menus.py:293</extracomment>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <extracomment>pe_desktop/ui/main/menus.py:306</extracomment>
        <translation type="vanished">Mostrar barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <extracomment>pe_desktop/ui/main/menus.py:318</extracomment>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <extracomment>pe_desktop/ui/main/menus.py:321</extracomment>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>About pe_desktop</source>
        <extracomment>pe_desktop/ui/main/menus.py:355</extracomment>
        <translation>Acerca de pe_desktop</translation>
    </message>
    <message>
        <source>New &amp;archive…</source>
        <extracomment>pe_desktop/ui/main/menus.py:120</extracomment>
        <translation>&amp;Nuevo archivo de sesiones…</translation>
    </message>
    <message>
        <source>Start an empty archive file</source>
        <extracomment>pe_desktop/ui/main/menus.py:121</extracomment>
        <translation>Crear un archivo de sesiones vacío</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <extracomment>pe_desktop/ui/main/menus.py:122</extracomment>
        <translation>&amp;Abrir archivo de sesiones…</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <extracomment>pe_desktop/ui/main/menus.py:123</extracomment>
        <translation>Abrir otro archivo de sesiones</translation>
    </message>
    <message>
        <source>&amp;Import form…</source>
        <extracomment>pe_desktop/ui/main/menus.py:125</extracomment>
        <translation>&amp;Importar formulario…</translation>
    </message>
    <message>
        <source>Add a form (.toml file) to the forms you can choose from</source>
        <extracomment>pe_desktop/ui/main/menus.py:126</extracomment>
        <translation>Agregar un formulario (archivo .toml) a los formularios que puede elegir</translation>
    </message>
    <message>
        <source>Import &amp;ratings…</source>
        <extracomment>pe_desktop/ui/main/menus.py:128</extracomment>
        <translation type="vanished">Importar &amp;valoraciones…</translation>
    </message>
    <message>
        <source>Add ratings from a CSV, TSV or Excel file to the selected session</source>
        <extracomment>pe_desktop/ui/main/menus.py:129</extracomment>
        <translation>Añadir a la sesión seleccionada las valoraciones de un archivo CSV, TSV o Excel</translation>
    </message>
    <message>
        <source>&amp;Partnerships…</source>
        <extracomment>pe_desktop/ui/main/menus.py:169</extracomment>
        <translation>Alianza&amp;s…</translation>
    </message>
    <message>
        <source>Rename partnerships or combine two into one</source>
        <extracomment>pe_desktop/ui/main/menus.py:170</extracomment>
        <translation>Cambiar el nombre de alianzas o unir dos en una</translation>
    </message>
    <message>
        <source>Settle &amp;conflicts…</source>
        <extracomment>pe_desktop/ui/main/menus.py:171</extracomment>
        <translation>Resolver &amp;diferencias…</translation>
    </message>
    <message>
        <source>Texts edited differently on two laptops: keep one or both</source>
        <extracomment>pe_desktop/ui/main/menus.py:172</extracomment>
        <translation>Textos editados de forma distinta en dos computadoras: conservar uno o ambos</translation>
    </message>
    <message>
        <source>Export summary &amp;PDF…</source>
        <extracomment>pe_desktop/ui/main/menus.py:136</extracomment>
        <translation>Exportar resumen en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Merge archive…</source>
        <extracomment>pe_desktop/ui/main/menus.py:130</extracomment>
        <translation>Co&amp;mbinar archivo de sesiones…</translation>
    </message>
    <message>
        <source>Bring in the sessions of another archive or a session file</source>
        <extracomment>pe_desktop/ui/main/menus.py:131</extracomment>
        <translation>Traer las sesiones de otro archivo de sesiones o de un archivo de sesión</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <extracomment>pe_desktop/ui/main/menus.py:132</extracomment>
        <translation type="vanished">Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put the archive back as it was when a backup was taken</source>
        <extracomment>pe_desktop/ui/main/menus.py:133</extracomment>
        <translation>Dejar el archivo de sesiones como estaba cuando se hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <extracomment>pe_desktop/ui/main/menus.py:134</extracomment>
        <translation>Pape&amp;lera…</translation>
    </message>
    <message>
        <source>Deleted sessions, notes and action items: restore them or empty the Trash</source>
        <extracomment>pe_desktop/ui/main/menus.py:135</extracomment>
        <translation>Sesiones, notas y acciones eliminadas: restáurelas o vacíe la papelera</translation>
    </message>
    <message>
        <source>Write the selected session&apos;s summary as a PDF</source>
        <extracomment>pe_desktop/ui/main/menus.py:137</extracomment>
        <translation>Guardar el resumen de la sesión elegida como PDF</translation>
    </message>
    <message>
        <source>Print &amp;ballots…</source>
        <extracomment>pe_desktop/ui/main/menus.py:138</extracomment>
        <translation>Imprimir &amp;boletas…</translation>
    </message>
    <message>
        <source>Write paper ballots for the selected session as a PDF</source>
        <extracomment>pe_desktop/ui/main/menus.py:139</extracomment>
        <translation>Guardar las boletas de papel de la sesión elegida como PDF</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <extracomment>pe_desktop/ui/main/menus.py:140</extracomment>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the selected session&apos;s ratings as a CSV file</source>
        <extracomment>pe_desktop/ui/main/menus.py:141</extracomment>
        <translation>Guardar las valoraciones de la sesión elegida como archivo CSV</translation>
    </message>
    <message>
        <source>Export &amp;session file…</source>
        <extracomment>pe_desktop/ui/main/menus.py:143</extracomment>
        <translation>Exportar archivo de s&amp;esión…</translation>
    </message>
    <message>
        <source>Write the selected session as a file of its own, to send or to merge elsewhere</source>
        <extracomment>pe_desktop/ui/main/menus.py:144</extracomment>
        <translation>Guardar la sesión elegida como un archivo aparte, para enviarla o combinarla en otro lugar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>pe_desktop/ui/main/menus.py:145</extracomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>pe_desktop/ui/main/menus.py:152</extracomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>pe_desktop/ui/main/menus.py:154</extracomment>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find session</source>
        <extracomment>pe_desktop/ui/main/menus.py:156</extracomment>
        <translation>&amp;Buscar sesión</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <extracomment>pe_desktop/ui/main/menus.py:163</extracomment>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>Prepare a new session</source>
        <extracomment>pe_desktop/ui/main/menus.py:164</extracomment>
        <translation>Preparar una sesión nueva</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <extracomment>pe_desktop/ui/main/menus.py:165</extracomment>
        <translation>&amp;Editar sesión…</translation>
    </message>
    <message>
        <source>Change the selected session&apos;s details</source>
        <extracomment>pe_desktop/ui/main/menus.py:166</extracomment>
        <translation>Cambiar los datos de la sesión elegida</translation>
    </message>
    <message>
        <source>Show tool&amp;bar</source>
        <extracomment>pe_desktop/ui/main/menus.py:306</extracomment>
        <translation>Mostrar barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>Review &amp;earlier actions…</source>
        <extracomment>pe_desktop/ui/main/menus.py:167</extracomment>
        <translation type="vanished">Rev&amp;isar acciones anteriores…</translation>
    </message>
    <message>
        <source>Say what became of the open action items of earlier sessions</source>
        <extracomment>pe_desktop/ui/main/menus.py:168</extracomment>
        <translation>Indicar qué pasó con las acciones abiertas de sesiones anteriores</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <extracomment>pe_desktop/ui/main/menus.py:173</extracomment>
        <translation>E&amp;liminar sesión…</translation>
    </message>
    <message>
        <source>Delete the selected session (undoable until you close the window)</source>
        <extracomment>pe_desktop/ui/main/menus.py:174</extracomment>
        <translation>Eliminar la sesión elegida (se puede deshacer hasta cerrar la ventana)</translation>
    </message>
    <message>
        <source>&amp;Open console</source>
        <extracomment>pe_desktop/ui/main/menus.py:177</extracomment>
        <translation>&amp;Abrir consola</translation>
    </message>
    <message>
        <source>Run or review the selected session</source>
        <extracomment>pe_desktop/ui/main/menus.py:178</extracomment>
        <translation>Realizar o revisar la sesión elegida</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>pe_desktop/ui/main/menus.py:186</extracomment>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <extracomment>pe_desktop/ui/main/menus.py:187</extracomment>
        <translation>&amp;Expandir todo</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <extracomment>pe_desktop/ui/main/menus.py:188</extracomment>
        <translation>&amp;Contraer todo</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <extracomment>pe_desktop/ui/main/menus.py:189</extracomment>
        <translation>&amp;Tendencias…</translation>
    </message>
    <message>
        <source>The selected partnership&apos;s sessions over time</source>
        <extracomment>pe_desktop/ui/main/menus.py:190</extracomment>
        <translation>Las sesiones de la alianza elegida a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <extracomment>pe_desktop/ui/main/menus.py:191</extracomment>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <extracomment>pe_desktop/ui/main/menus.py:195</extracomment>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;How to run a session</source>
        <extracomment>pe_desktop/ui/main/menus.py:202</extracomment>
        <translation>&amp;Cómo realizar una sesión</translation>
    </message>
    <message>
        <source>&amp;Phones and Wi-Fi</source>
        <extracomment>pe_desktop/ui/main/menus.py:203</extracomment>
        <translation>&amp;Teléfonos y wifi</translation>
    </message>
    <message>
        <source>&amp;About pe_desktop</source>
        <extracomment>pe_desktop/ui/main/menus.py:204</extracomment>
        <translation>Acerca &amp;de pe_desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>pe_desktop/ui/main/menus.py:206</extracomment>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Use File ▸ Open archive or File ▸ New archive to continue.</source>
        <extracomment>pe_desktop/app.py:169</extracomment>
        <translation>Para seguir, use Archivo ▸ Abrir archivo de sesiones o Archivo ▸ Nuevo archivo de sesiones.</translation>
    </message>
    <message>
        <source>Archive file</source>
        <extracomment>pe_desktop/ui/main/window.py:122</extracomment>
        <translation>Archivo de sesiones</translation>
    </message>
    <message>
        <source>Filter by title, or search notes and actions</source>
        <extracomment>pe_desktop/ui/main/window.py:147</extracomment>
        <translation type="vanished">Filtrar por título o buscar en notas y acciones</translation>
    </message>
    <message>
        <source>Filter sessions by title</source>
        <extracomment>pe_desktop/ui/main/window.py:148</extracomment>
        <translation type="vanished">Filtrar sesiones por título</translation>
    </message>
    <message>
        <source>Sessions are filtered by title as you type; from three letters on, notes, quotes, dissent and action items are searched too and listed under the sessions</source>
        <extracomment>pe_desktop/ui/main/window.py:150</extracomment>
        <translation type="vanished">Las sesiones se filtran por título mientras escribe; a partir de tres letras también se buscan notas, citas, desacuerdos y acciones, y se muestran debajo de las sesiones</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <extracomment>pe_desktop/ui/main/window.py:221</extracomment>
        <translation type="vanished">Borrar el filtro</translation>
    </message>
    <message>
        <source>Partnerships and sessions</source>
        <extracomment>pe_desktop/ui/main/window.py:156</extracomment>
        <translation type="vanished">Alianzas y sesiones</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>pe_desktop/ui/main/window.py:157</extracomment>
        <translation type="vanished">Columnas</translation>
    </message>
    <message>
        <source>Archive status</source>
        <extracomment>pe_desktop/ui/main/window.py:170</extracomment>
        <translation type="vanished">Estado del archivo de sesiones</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <extracomment>pe_desktop/ui/main/window.py:176</extracomment>
        <translation type="vanished">&amp;Buscar:</translation>
    </message>
    <message>
        <source>No archive open</source>
        <extracomment>pe_desktop/ui/main/window.py:121, pe_desktop/ui/main/window.py:259</extracomment>
        <translation>No hay ningún archivo de sesiones abierto</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <extracomment>pe_desktop/ui/main/window.py:168, pe_desktop/ui/main/window.py:288</extracomment>
        <translation type="vanished">Abriendo el archivo de sesiones…</translation>
    </message>
    <message>
        <source>%1 — Partnership equity</source>
        <extracomment>pe_desktop/ui/main/window.py:263</extracomment>
        <translation>%1 — Equidad en las alianzas</translation>
    </message>
    <message>
        <source>Cannot open this archive</source>
        <extracomment>pe_desktop/ui/main/window.py:294, pe_desktop/app.py:168</extracomment>
        <translation>No se puede abrir este archivo de sesiones</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <extracomment>pe_desktop/ui/main/window.py:298</extracomment>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>New archive</source>
        <extracomment>pe_desktop/ui/main/window.py:309, pe_desktop/ui/main/window.py:328</extracomment>
        <translation>Nuevo archivo de sesiones</translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open archive to open it.</source>
        <extracomment>pe_desktop/ui/main/window.py:310</extracomment>
        <translation>%1 ya existe. Use Archivo ▸ Abrir archivo de sesiones para abrirlo.</translation>
    </message>
    <message>
        <source>Open archive</source>
        <extracomment>pe_desktop/ui/main/window.py:318</extracomment>
        <translation>Abrir archivo de sesiones</translation>
    </message>
    <message>
        <source>This archive has no sessions yet. Session ▸ New session starts one.</source>
        <extracomment>pe_desktop/ui/main/window.py:445</extracomment>
        <translation type="vanished">Este archivo todavía no tiene sesiones. Sesión ▸ Nueva sesión crea una.</translation>
    </message>
    <message>
        <source>Choose a session on the left, or create a new one.</source>
        <extracomment>pe_desktop/ui/main/window.py:532</extracomment>
        <translation type="vanished">Elija una sesión a la izquierda o cree una nueva.</translation>
    </message>
    <message>
        <source>The session was not created</source>
        <extracomment>pe_desktop/ui/main/window.py:617</extracomment>
        <translation type="vanished">No se creó la sesión</translation>
    </message>
    <message>
        <source>Session “%1” created</source>
        <extracomment>pe_desktop/ui/main/window.py:622</extracomment>
        <translation type="vanished">Se creó la sesión “%1”</translation>
    </message>
    <message>
        <source>The changes were not saved</source>
        <extracomment>pe_desktop/ui/main/window.py:648</extracomment>
        <translation type="vanished">No se guardaron los cambios</translation>
    </message>
    <message>
        <source>Delete session</source>
        <extracomment>pe_desktop/ui/main/window.py:668, pe_desktop/ui/main/window.py:671</extracomment>
        <translation type="vanished">Eliminar sesión</translation>
    </message>
    <message>
        <source>“%1” is open in a console. Close the console first.</source>
        <extracomment>pe_desktop/ui/main/window.py:669</extracomment>
        <translation type="vanished">“%1” está abierta en una consola. Cierre primero la consola.</translation>
    </message>
    <message>
        <source>Delete the session “%1”?</source>
        <extracomment>pe_desktop/ui/main/window.py:672</extracomment>
        <translation type="vanished">¿Eliminar la sesión “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>pe_desktop/ui/main/window.py:673</extracomment>
        <translation type="vanished">Eliminar</translation>
    </message>
    <message>
        <source>Its ratings, notes and action items go with it. You can undo this (Edit ▸ Undo) until you close this window.</source>
        <extracomment>pe_desktop/ui/main/window.py:674</extracomment>
        <translation type="vanished">Se eliminan también sus valoraciones, notas y acciones. Puede deshacerlo (Editar ▸ Deshacer) hasta que cierre esta ventana.</translation>
    </message>
    <message>
        <source>Session deleted. Ctrl+Z brings it back.</source>
        <extracomment>pe_desktop/ui/main/window.py:684</extracomment>
        <translation type="vanished">Sesión eliminada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Session console</source>
        <extracomment>pe_desktop/ui/main/window.py:711</extracomment>
        <translation type="vanished">Consola de la sesión</translation>
    </message>
    <message>
        <source>The session console is not part of this build.</source>
        <extracomment>pe_desktop/ui/main/window.py:711</extracomment>
        <translation type="vanished">La consola de la sesión no está incluida en esta versión.</translation>
    </message>
    <message>
        <source>Import form</source>
        <extracomment>pe_desktop/ui/main/window.py:729, pe_desktop/ui/main/window.py:742, pe_desktop/ui/main/window.py:744</extracomment>
        <translation type="vanished">Importar formulario</translation>
    </message>
    <message>
        <source>Forms (*.toml);;All files (*)</source>
        <extracomment>pe_desktop/ui/main/window.py:730</extracomment>
        <translation type="vanished">Formularios (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load an example session?</source>
        <extracomment>pe_desktop/ui/main/window.py:753</extracomment>
        <translation type="vanished">¿Cargar una sesión de ejemplo?</translation>
    </message>
    <message>
        <source>Load example</source>
        <extracomment>pe_desktop/ui/main/window.py:753</extracomment>
        <translation type="vanished">Cargar el ejemplo</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>pe_desktop/ui/main/window.py:753</extracomment>
        <translation type="vanished">Bienvenida</translation>
    </message>
    <message>
        <source>The example is a partnership with one finished session (two rounds, notes and action items) and one session ready to run. You can delete it later.</source>
        <extracomment>pe_desktop/ui/main/window.py:755</extracomment>
        <translation type="vanished">El ejemplo es una alianza con una sesión terminada (dos rondas, notas y acciones) y una sesión lista para realizar. Puede eliminarlo después.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <extracomment>pe_desktop/ui/main/window.py:757</extracomment>
        <translation type="vanished">Empezar sin datos</translation>
    </message>
    <message>
        <source>Partnership equity</source>
        <extracomment>pe_desktop/ui/main/window.py:110, pe_desktop/ui/main/window.py:258</extracomment>
        <translation>Equidad en las alianzas</translation>
    </message>
    <message>
        <source>Main window</source>
        <extracomment>pe_desktop/ui/main/window.py:111</extracomment>
        <translation>Ventana principal</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Forms</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:42</extracomment>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:42</extracomment>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:42</extracomment>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Groups</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:43</extracomment>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:43</extracomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Ratings</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:43</extracomment>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Item states</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:44</extracomment>
        <translation>Estados de los elementos</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:44</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Rating history</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:44</extracomment>
        <translation>Historial de valoraciones</translation>
    </message>
    <message>
        <source>Action items</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:45</extracomment>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Edit history</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:45</extracomment>
        <translation>Historial de ediciones</translation>
    </message>
    <message>
        <source>Partnership combines</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:46</extracomment>
        <translation>Uniones de alianzas</translation>
    </message>
    <message>
        <source>… and %1 more (all are in the table merge_conflicts)</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:54</extracomment>
        <translation>… y %1 más (todos están en la tabla merge_conflicts)</translation>
    </message>
    <message>
        <source>Nothing new in “%1”: everything in it was already in this archive.</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:63</extracomment>
        <translation>Nada nuevo en “%1”: todo lo que contiene ya estaba en este archivo de sesiones.</translation>
    </message>
    <message>
        <source>Merged “%1”: their later edits of %5 records were taken; every earlier version stays in the history.</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:66</extracomment>
        <translation>Se combinó «%1»: se tomaron sus ediciones más recientes de %5 registros; cada versión anterior queda en el historial.</translation>
    </message>
    <message>
        <source>Merged “%1”: nothing new to add, but %4 records differ from yours (yours were kept).</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:70</extracomment>
        <translation>Se combinó “%1”: no había nada nuevo que agregar, pero %4 registros difieren de los suyos (se conservaron los suyos).</translation>
    </message>
    <message>
        <source>Merged “%1”: nothing new to add, but 1 record differs from yours (yours was kept).</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:71</extracomment>
        <translation>Se combinó “%1”: no había nada nuevo que agregar, pero 1 registro difiere del suyo (se conservó el suyo).</translation>
    </message>
    <message>
        <source>Merged “%1”: no new sessions, %2 new records.</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:74</extracomment>
        <translation>Se combinó “%1”: ninguna sesión nueva, %2 registros nuevos.</translation>
    </message>
    <message>
        <source>Merged “%1”: 1 session added (%2 new records).</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:76</extracomment>
        <translation>Se combinó “%1”: se agregó 1 sesión (%2 registros nuevos).</translation>
    </message>
    <message>
        <source>Merged “%1”: %3 sessions added (%2 new records).</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:78</extracomment>
        <translation>Se combinó “%1”: se agregaron %3 sesiones (%2 registros nuevos).</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:93, pe_desktop/ui/dialogs/merge.py:94</extracomment>
        <translation>Informe de la combinación</translation>
    </message>
    <message>
        <source>What the merge did</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:97</extracomment>
        <translation>Lo que hizo la combinación</translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:104</extracomment>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Sessions added</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:105</extracomment>
        <translation>Sesiones agregadas</translation>
    </message>
    <message>
        <source>Records per table</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:137</extracomment>
        <translation>Registros por tabla</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:138</extracomment>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Already here</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:138</extracomment>
        <translation>Ya estaban</translation>
    </message>
    <message>
        <source>Records</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:138</extracomment>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Differed (ours kept)</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:139</extracomment>
        <translation>Distintos (se conservó lo nuestro)</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:142</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:143</extracomment>
        <translation>Filas</translation>
    </message>
    <message>
        <source>1 record differs between the two archives. Yours was kept; theirs is saved in the table merge_conflicts, so nothing is lost:</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:166</extracomment>
        <translation>1 registro difiere entre los dos archivos de sesiones. Se conservó el suyo; el del otro se guarda en la tabla merge_conflicts, así que no se pierde nada:</translation>
    </message>
    <message>
        <source>%1 records differ between the two archives. Yours were kept; theirs are saved in the table merge_conflicts, so nothing is lost:</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:169</extracomment>
        <translation>%1 registros difieren entre los dos archivos de sesiones. Se conservaron los suyos; los del otro se guardan en la tabla merge_conflicts, así que no se pierde nada:</translation>
    </message>
    <message>
        <source>About conflicts</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:172</extracomment>
        <translation>Sobre las diferencias</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:176</extracomment>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Their partnership “%1” has the same name as one of yours but is a different partnership; both are kept.</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:115</extracomment>
        <translation>La alianza “%1” del otro archivo se llama igual que una de las suyas, pero es otra alianza; se conservan las dos.</translation>
    </message>
    <message>
        <source>Your archive was backed up before the merge: %1</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:120</extracomment>
        <translation>Antes de combinar se hizo una copia de seguridad de su archivo de sesiones: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:121</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 records were edited differently on the two laptops; the latest edit is shown. You can keep one version or both.</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:187</extracomment>
        <translation>%1 registros se editaron de forma distinta en las dos computadoras; se muestra la última edición. Puede conservar una versión o ambas.</translation>
    </message>
    <message>
        <source>Records to settle</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:189</extracomment>
        <translation>Registros por resolver</translation>
    </message>
    <message>
        <source>&amp;Settle conflicts…</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:193</extracomment>
        <translation>&amp;Resolver diferencias…</translation>
    </message>
    <message>
        <source>Settle conflicts</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:193</extracomment>
        <translation>Resolver diferencias</translation>
    </message>
    <message>
        <source>&amp;Combine partnerships…</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:195</extracomment>
        <translation>&amp;Unir alianzas…</translation>
    </message>
    <message>
        <source>Combine partnerships</source>
        <extracomment>pe_desktop/ui/dialogs/merge.py:196</extracomment>
        <translation>Unir alianzas</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on all items</source>
        <extracomment>pe_desktop/ui/console/notes.py:116</extracomment>
        <translation>Notas de todos los elementos</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <extracomment>pe_desktop/ui/console/notes.py:117</extracomment>
        <translation>Notas sobre %1</translation>
    </message>
    <message>
        <source>round</source>
        <extracomment>pe_desktop/ui/console/notes.py:122</extracomment>
        <translation>ronda</translation>
    </message>
    <message>
        <source>Save changes</source>
        <extracomment>pe_desktop/ui/console/notes.py:176, pe_desktop/ui/console/notes.py:177</extracomment>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>All items</source>
        <extracomment>pe_desktop/ui/console/notes.py:49</extracomment>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Show notes of all items</source>
        <extracomment>pe_desktop/ui/console/notes.py:49</extracomment>
        <translation>Mostrar las notas de todos los elementos</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>pe_desktop/ui/console/notes.py:51</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <extracomment>pe_desktop/ui/console/notes.py:58</extracomment>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <source>Note text</source>
        <extracomment>pe_desktop/ui/console/notes.py:61</extracomment>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>What was said… (Enter saves)</source>
        <extracomment>pe_desktop/ui/console/notes.py:62</extracomment>
        <translation>Lo que se dijo… (Enter guarda)</translation>
    </message>
    <message>
        <source>Add note</source>
        <extracomment>pe_desktop/ui/console/notes.py:64, pe_desktop/ui/console/notes.py:184, pe_desktop/ui/console/notes.py:185</extracomment>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <extracomment>pe_desktop/ui/console/notes.py:66</extracomment>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>pe_desktop/ui/console/notes.py:69</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit selected note</source>
        <extracomment>pe_desktop/ui/console/notes.py:69</extracomment>
        <translation>Editar la nota elegida</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>pe_desktop/ui/console/notes.py:71</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete selected note</source>
        <extracomment>pe_desktop/ui/console/notes.py:71</extracomment>
        <translation>Eliminar la nota elegida</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/console/overview.py:34</extracomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>pe_desktop/ui/console/overview.py:34</extracomment>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/console/overview.py:34</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>pe_desktop/ui/console/overview.py:34</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>pe_desktop/ui/console/overview.py:35</extracomment>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Band</source>
        <extracomment>pe_desktop/ui/console/overview.py:35</extracomment>
        <translation>Franja</translation>
    </message>
    <message>
        <source>IQR</source>
        <extracomment>pe_desktop/ui/console/overview.py:35</extracomment>
        <translation>RIC</translation>
    </message>
    <message>
        <source>Power gap</source>
        <extracomment>pe_desktop/ui/console/overview.py:35</extracomment>
        <translation>Brecha de poder</translation>
    </message>
    <message>
        <source>Agreement shift (rwg)</source>
        <extracomment>pe_desktop/ui/console/overview.py:40</extracomment>
        <translation>Cambio de acuerdo (rwg)</translation>
    </message>
    <message>
        <source>Median round 1</source>
        <extracomment>pe_desktop/ui/console/overview.py:38</extracomment>
        <translation>Mediana ronda 1</translation>
    </message>
    <message>
        <source>Median shift</source>
        <extracomment>pe_desktop/ui/console/overview.py:39</extracomment>
        <translation>Cambio de mediana</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Overview of all items — %1</source>
        <extracomment>pe_desktop/ui/console/overview.py:68</extracomment>
        <translation>Vista general de todos los elementos — %1</translation>
    </message>
    <message>
        <source>Overview of all items</source>
        <extracomment>pe_desktop/ui/console/overview.py:71</extracomment>
        <translation>Vista general de todos los elementos</translation>
    </message>
    <message>
        <source>Round %1 of %2 · session %3 · discuss first: %4</source>
        <extracomment>pe_desktop/ui/console/overview.py:98</extracomment>
        <translation>Ronda %1 de %2 · sesión %3 · conversar primero: %4</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>pe_desktop/ui/console/overview.py:102</extracomment>
        <translation type="vanished">cerrada</translation>
    </message>
    <message>
        <source>not started</source>
        <extracomment>pe_desktop/ui/console/overview.py:102</extracomment>
        <translation type="vanished">sin empezar</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>pe_desktop/ui/console/overview.py:102</extracomment>
        <translation type="vanished">abierta</translation>
    </message>
</context>
<context>
    <name>PaperGrid</name>
    <message>
        <source>Paper ballot message</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:255</extracomment>
        <translation>Mensaje de las boletas de papel</translation>
    </message>
    <message>
        <source>Number of paper ballots to add</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:257</extracomment>
        <translation>Número de boletas de papel para agregar</translation>
    </message>
    <message>
        <source>Group of the new paper ballots</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:260</extracomment>
        <translation>Grupo de las boletas de papel nuevas</translation>
    </message>
    <message>
        <source>Add paper ballots</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:261</extracomment>
        <translation>Agregar boletas de papel</translation>
    </message>
    <message>
        <source>Creates that many paper participants in the chosen group</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:262</extracomment>
        <translation>Crea esa cantidad de participantes en papel en el grupo elegido</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:266</extracomment>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>ballots from</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:268</extracomment>
        <translation>boletas del grupo</translation>
    </message>
    <message>
        <source>No group</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:289</extracomment>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:302</extracomment>
        <translation>Ronda %1 · %2</translation>
    </message>
    <message>
        <source>This session is closed; ballots can be read but not changed.</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:304</extracomment>
        <translation>Esta sesión está cerrada; las boletas se pueden ver, pero no cambiar.</translation>
    </message>
    <message>
        <source>Added %1. Type the ballots in.</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:341</extracomment>
        <translation>Se agregaron %1. Escriba las boletas.</translation>
    </message>
</context>
<context>
    <name>PaperGridModel</name>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid_model.py:98</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid_model.py:98</extracomment>
        <translation>vacío</translation>
    </message>
</context>
<context>
    <name>PaperGridView</name>
    <message>
        <source>Paper ballots</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:68</extracomment>
        <translation>Boletas de papel</translation>
    </message>
    <message>
        <source>, N or ? for not sure</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:73</extracomment>
        <translation>, N o ? para «no sé»</translation>
    </message>
    <message>
        <source>Type %1–%2%3; Enter or Tab moves on; Delete clears.</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:73</extracomment>
        <translation type="vanished">Escriba %1–%2%3; Enter o Tab pasa a la siguiente; Delete borra.</translation>
    </message>
    <message>
        <source>Type %1–%2%3; Enter moves on (Shift+Enter back); Delete clears; Tab leaves the grid.</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:74</extracomment>
        <translation>Escriba %1–%2%3; Enter pasa a la siguiente (Shift+Enter vuelve); Delete borra; Tab sale de la cuadrícula.</translation>
    </message>
    <message>
        <source>Add paper ballots first.</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:119</extracomment>
        <translation>Primero agregue boletas de papel.</translation>
    </message>
    <message>
        <source>not sure</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:130</extracomment>
        <translation>no sé</translation>
    </message>
    <message>
        <source>Saved %1, %2: %3</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:132</extracomment>
        <translation>Guardado %1, %2: %3</translation>
    </message>
    <message>
        <source>Cleared %1, %2</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:147</extracomment>
        <translation>Borrado %1, %2</translation>
    </message>
    <message>
        <source>“%1” is not on this ballot. %2</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:163</extracomment>
        <translation>“%1” no está en esta boleta. %2</translation>
    </message>
    <message>
        <source>%1… — type the next digit, or Enter to save %1</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:176</extracomment>
        <translation>%1… — escriba la siguiente cifra, o Enter para guardar %1</translation>
    </message>
    <message>
        <source>%1… — type the next digit</source>
        <extracomment>pe_desktop/ui/ballots/paper_grid.py:177</extracomment>
        <translation>%1… — escriba la siguiente cifra</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>No group</source>
        <extracomment>pe_desktop/ui/console/participants.py:99, pe_desktop/ui/console/participants.py:112</extracomment>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>%1 participants, plus %2 tally votes (anonymous; see the Tally tab)</source>
        <extracomment>pe_desktop/ui/console/participants.py:130</extracomment>
        <translation type="vanished">%1 participantes, más %2 votos de recuento (anónimos; vea la pestaña Recuento)</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <extracomment>pe_desktop/ui/console/participants.py:134</extracomment>
        <translation type="vanished">%1 participantes</translation>
    </message>
    <message>
        <source>Added %1</source>
        <extracomment>pe_desktop/ui/console/participants.py:154</extracomment>
        <translation>Se agregó %1</translation>
    </message>
    <message>
        <source>Removed %1 (Undo brings them back)</source>
        <extracomment>pe_desktop/ui/console/participants.py:167</extracomment>
        <translation>Se quitó %1 (Deshacer los recupera)</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>pe_desktop/ui/console/participants.py:48</extracomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Channel</source>
        <extracomment>pe_desktop/ui/console/participants.py:50</extracomment>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>pe_desktop/ui/console/participants.py:50</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>pe_desktop/ui/console/participants.py:50</extracomment>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>pe_desktop/ui/console/participants.py:50</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Rated this round</source>
        <extracomment>pe_desktop/ui/console/participants.py:50</extracomment>
        <translation>Votos en esta ronda</translation>
    </message>
    <message>
        <source>Group of the new participant</source>
        <extracomment>pe_desktop/ui/console/participants.py:59</extracomment>
        <translation>Grupo del participante nuevo</translation>
    </message>
    <message>
        <source>Channel of the new participant</source>
        <extracomment>pe_desktop/ui/console/participants.py:60</extracomment>
        <translation>Canal del participante nuevo</translation>
    </message>
    <message>
        <source>Add participant</source>
        <extracomment>pe_desktop/ui/console/participants.py:63</extracomment>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <extracomment>pe_desktop/ui/console/participants.py:66</extracomment>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <source>Remove selected participants</source>
        <extracomment>pe_desktop/ui/console/participants.py:66</extracomment>
        <translation>Quitar los participantes seleccionados</translation>
    </message>
    <message>
        <source>Removes the selected participants and their ratings (Undo brings them back)</source>
        <extracomment>pe_desktop/ui/console/participants.py:67</extracomment>
        <translation>Quita los participantes seleccionados y sus valoraciones (Deshacer los recupera)</translation>
    </message>
    <message>
        <source>New participant in</source>
        <extracomment>pe_desktop/ui/console/participants.py:81</extracomment>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>voting by</source>
        <extracomment>pe_desktop/ui/console/participants.py:83</extracomment>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>%1 on the list</source>
        <extracomment>pe_desktop/ui/console/participants.py:131</extracomment>
        <translation>%1 en la lista</translation>
    </message>
</context>
<context>
    <name>PartnershipsDialog</name>
    <message>
        <source>Partnerships</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:40, pe_desktop/ui/dialogs/partnerships.py:41, pe_desktop/ui/dialogs/partnerships.py:43</extracomment>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>New name</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:46</extracomment>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:47</extracomment>
        <translation>&amp;Cambiar nombre</translation>
    </message>
    <message>
        <source>Rename</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:47</extracomment>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Combine into</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:52, pe_desktop/ui/dialogs/partnerships.py:53</extracomment>
        <translation>Unir a</translation>
    </message>
    <message>
        <source>&amp;Combine into</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:53</extracomment>
        <translation>&amp;Unir a</translation>
    </message>
    <message>
        <source>&amp;Undo last combine</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:57</extracomment>
        <translation>&amp;Deshacer la última unión</translation>
    </message>
    <message>
        <source>Undo last combine</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:57</extracomment>
        <translation>Deshacer la última unión</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:59</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 (%2 sessions)</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:77</extracomment>
        <translation>%1 (%2 sesiones)</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:117</extracomment>
        <translation>Nombre cambiado.</translation>
    </message>
    <message>
        <source>Combined. Undo last combine puts the sessions back.</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:129</extracomment>
        <translation>Unidas. «Deshacer la última unión» devuelve las sesiones.</translation>
    </message>
    <message>
        <source>%1 sessions moved back.</source>
        <extracomment>pe_desktop/ui/dialogs/partnerships.py:136</extracomment>
        <translation>%1 sesiones devueltas.</translation>
    </message>
</context>
<context>
    <name>PhoneAddressDialog</name>
    <message>
        <source>Start phone voting</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:140, pe_desktop/ui/phone/address_dialog.py:169</extracomment>
        <translation>Iniciar la votación por teléfono</translation>
    </message>
    <message>
        <source>Choose the network the phones are on, usually this laptop&apos;s Wi-Fi hotspot. Phones must be connected to that network; they need no internet.</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:144</extracomment>
        <translation>Elija la red a la que están conectados los teléfonos, por lo general el punto de acceso wifi de esta computadora. Los teléfonos deben estar conectados a esa red; no necesitan internet.</translation>
    </message>
    <message>
        <source>Network address</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:183</extracomment>
        <translation>Dirección de red</translation>
    </message>
    <message>
        <source>The address phones open; it goes into the QR code</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:184</extracomment>
        <translation>La dirección que abren los teléfonos; va en el código QR</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:185</extracomment>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the list of addresses</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:185</extracomment>
        <translation>Actualizar la lista de direcciones</translation>
    </message>
    <message>
        <source>List the addresses again, e.g. after turning on the hotspot</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:186</extracomment>
        <translation>Volver a listar las direcciones, p. ej., después de encender el punto de acceso</translation>
    </message>
    <message>
        <source>0 lets the computer pick any free port</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:192</extracomment>
        <translation>Con 0, la computadora elige cualquier puerto libre</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:192</extracomment>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:195, pe_desktop/ui/phone/address_dialog.py:276</extracomment>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:198</extracomment>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:201</extracomment>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Network hint</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:155</extracomment>
        <translation>Ayuda sobre la red</translation>
    </message>
    <message>
        <source>Why phone voting did not start</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:161</extracomment>
        <translation>Por qué no se inició la votación por teléfono</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:168</extracomment>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Not sure which? The hotspot&apos;s address often starts with 192.168. or 10.</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:224</extracomment>
        <translation>¿No sabe cuál? La dirección del punto de acceso suele empezar con 192.168. o 10.</translation>
    </message>
    <message>
        <source>This computer is not connected to any network, so only this computer can open the page. Turn on the Wi-Fi hotspot, then press Refresh.</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:226</extracomment>
        <translation>Esta computadora no está conectada a ninguna red, así que solo ella puede abrir la página. Encienda el punto de acceso wifi y luego presione Actualizar.</translation>
    </message>
    <message>
        <source>Wi-Fi name</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:239</extracomment>
        <translation>Nombre del wifi</translation>
    </message>
    <message>
        <source>The hotspot&apos;s network name; with the password it makes a Wi-Fi QR code</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:240</extracomment>
        <translation>El nombre de la red del punto de acceso; con la contraseña forma un código QR de wifi</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:241</extracomment>
        <translation>Contraseña del wifi</translation>
    </message>
    <message>
        <source>Shown in the Wi-Fi QR code on the screen and the ballots</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:242</extracomment>
        <translation>Aparece en el código QR de wifi de la pantalla y de las boletas</translation>
    </message>
    <message>
        <source>optional</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:243</extracomment>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi name:</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:244</extracomment>
        <translation>&amp;Nombre del wifi:</translation>
    </message>
    <message>
        <source>Wi-Fi pass&amp;word:</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:244</extracomment>
        <translation>Contrase&amp;ña del wifi:</translation>
    </message>
    <message>
        <source>Could not listen on %1, port %2: %3. Choose another port (0 = any free port) or another address.</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:278</extracomment>
        <translation>No se pudo escuchar en %1, puerto %2: %3. Elija otro puerto (0 = cualquier puerto libre) u otra dirección.</translation>
    </message>
    <message>
        <source>(this computer only)</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:70</extracomment>
        <translation>(solo esta computadora)</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <extracomment>pe_desktop/ui/phone/address_dialog.py:72</extracomment>
        <translation>(sin conexión)</translation>
    </message>
</context>
<context>
    <name>PhonesHelp</name>
    <message>
        <source>What phones need</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:24</extracomment>
        <translation>Qué necesitan los teléfonos</translation>
    </message>
    <message>
        <source>Phones and this laptop must be on the same Wi-Fi network. No internet is needed: the votes go straight to the laptop.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:25</extracomment>
        <translation>Los teléfonos y esta computadora deben estar en la misma red wifi. No hace falta internet: los votos van directo a la computadora.</translation>
    </message>
    <message>
        <source>The easiest network is the laptop&apos;s own hotspot. Turn it on before the meeting, then choose its address in Session ▸ Start phone voting.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:27</extracomment>
        <translation>La red más sencilla es el punto de acceso de la propia computadora. Actívelo antes de la reunión y luego elija su dirección en Sesión ▸ Iniciar votación por teléfono.</translation>
    </message>
    <message>
        <source>Type the hotspot&apos;s name and password once in that window. The join screen and the paper ballots then show a Wi-Fi code: one scan with the phone&apos;s camera joins the network, a second scan opens the voting page. People can also type the short address shown under the codes.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:29</extracomment>
        <translation>Escriba una vez el nombre y la contraseña del punto de acceso en esa ventana. La pantalla para unirse y las boletas de papel mostrarán un código de wifi: un escaneo con la cámara del teléfono conecta a la red y un segundo escaneo abre la página para votar. También se puede escribir la dirección corta que aparece debajo de los códigos.</translation>
    </message>
    <message>
        <source>Turning on a hotspot without internet</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:33</extracomment>
        <translation>Cómo activar un punto de acceso sin internet</translation>
    </message>
    <message>
        <source>Windows: Settings ▸ Network and internet ▸ Mobile hotspot. Choose to share over Wi-Fi and turn it on. If it asks for an internet connection, connect any network first or use a travel router.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:34</extracomment>
        <translation>Windows: Configuración ▸ Red e internet ▸ Zona con cobertura inalámbrica. Elija compartir por wifi y actívela. Si pide una conexión a internet, conéctese antes a cualquier red o use un router de viaje.</translation>
    </message>
    <message>
        <source>macOS: a Mac cannot make a Wi-Fi hotspot without an internet connection to share. Bring a travel router, or use the venue&apos;s Wi-Fi if phones on it can reach each other.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:36</extracomment>
        <translation>macOS: una Mac no puede crear un punto de acceso wifi sin una conexión a internet que compartir. Lleve un router de viaje o use el wifi del lugar si los teléfonos conectados a él pueden comunicarse entre sí.</translation>
    </message>
    <message>
        <source>Linux: in the Wi-Fi settings choose “Turn On Wi-Fi Hotspot…”. It works without internet.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:38</extracomment>
        <translation>Linux: en la configuración de wifi elija «Activar punto de acceso wifi…». Funciona sin internet.</translation>
    </message>
    <message>
        <source>How many phones</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:40</extracomment>
        <translation>Cuántos teléfonos</translation>
    </message>
    <message>
        <source>A laptop hotspot takes only a few devices: Windows&apos; Mobile hotspot takes 8. Others take about 10.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:41</extracomment>
        <translation>El punto de acceso de una computadora admite pocos dispositivos: el de Windows admite 8; otros, unos 10.</translation>
    </message>
    <message>
        <source>For more people, bring a travel router (a small, cheap Wi-Fi box): connect the laptop and the phones to it. It needs no internet either.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:43</extracomment>
        <translation>Para más personas, lleve un router de viaje (una cajita wifi pequeña y barata): conecte a él la computadora y los teléfonos. Tampoco necesita internet.</translation>
    </message>
    <message>
        <source>Venue or guest Wi-Fi often keeps devices apart, so phones cannot reach the laptop. Try it before the meeting.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:45</extracomment>
        <translation>El wifi del lugar o de invitados suele aislar los dispositivos entre sí, y los teléfonos no llegan a la computadora. Pruébelo antes de la reunión.</translation>
    </message>
    <message>
        <source>A session lets up to 300 phones join, so nobody can flood it; “pe-desktop serve --max-phones N” raises the limit.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:47</extracomment>
        <translation>Una sesión admite hasta 300 teléfonos, para que nadie pueda saturarla; «pe-desktop serve --max-phones N» sube el límite.</translation>
    </message>
    <message>
        <source>Everyone can take part</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:50</extracomment>
        <translation>Todas las personas pueden participar</translation>
    </message>
    <message>
        <source>Phones are one way among several. Paper ballots, show of hands (you type the counts) and taking turns on the laptop stay open to everyone, and all votes count the same.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:51</extracomment>
        <translation>El teléfono es una forma entre varias. Las boletas de papel, la votación a mano alzada (usted escribe los conteos) y los turnos en la computadora siguen abiertos para todas las personas, y todos los votos cuentan igual.</translation>
    </message>
    <message>
        <source>Someone whose phone runs out of battery can go on with another phone: their page shows a rejoin code to type on the new one.</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:53</extracomment>
        <translation>Si a alguien se le acaba la batería, puede seguir con otro teléfono: su página muestra un código para volver que se escribe en el nuevo.</translation>
    </message>
    <message>
        <source>Phones and Wi-Fi</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:57</extracomment>
        <translation>Teléfonos y wifi</translation>
    </message>
</context>
<context>
    <name>PhonesHelpDialog</name>
    <message>
        <source>Phones and Wi-Fi</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:70</extracomment>
        <translation>Teléfonos y wifi</translation>
    </message>
    <message>
        <source>Help text</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:76</extracomment>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>Close help</source>
        <extracomment>pe_desktop/ui/dialogs/phones_help.py:78</extracomment>
        <translation>Cerrar la ayuda</translation>
    </message>
</context>
<context>
    <name>ProjectorKeys</name>
    <message>
        <source>Toggle full screen</source>
        <extracomment>pe_desktop/ui/projector/keys.py:67</extracomment>
        <translation>Pantalla completa sí/no</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <extracomment>pe_desktop/ui/projector/keys.py:68</extracomment>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <extracomment>pe_desktop/ui/projector/keys.py:69</extracomment>
        <translation>Mostrar el gráfico como tabla</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <extracomment>pe_desktop/ui/projector/keys.py:76</extracomment>
        <translation>Guardar imagen…</translation>
    </message>
</context>
<context>
    <name>ProjectorPreview</name>
    <message>
        <source>Projector preview</source>
        <extracomment>pe_desktop/ui/console/preview.py:42</extracomment>
        <translation>Vista previa del proyector</translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <extracomment>pe_desktop/ui/console/preview.py:43</extracomment>
        <translation>Lo que muestra el proyector</translation>
    </message>
    <message>
        <source>a black screen (B or . shows it again)</source>
        <extracomment>pe_desktop/ui/console/preview.py:75</extracomment>
        <translation>una pantalla negra (B o . la vuelve a mostrar)</translation>
    </message>
    <message>
        <source>results</source>
        <extracomment>pe_desktop/ui/console/preview.py:81</extracomment>
        <translation>resultados</translation>
    </message>
    <message>
        <source>question</source>
        <extracomment>pe_desktop/ui/console/preview.py:82</extracomment>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>voting open</source>
        <extracomment>pe_desktop/ui/console/preview.py:82</extracomment>
        <translation>votación abierta</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>pe_desktop/ui/console/preview.py:83</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Overview, page %1 of %2</source>
        <extracomment>pe_desktop/ui/console/preview.py:85</extracomment>
        <translation>Vista general, página %1 de %2</translation>
    </message>
    <message>
        <source>How to join</source>
        <extracomment>pe_desktop/ui/console/preview.py:87</extracomment>
        <translation>Cómo participar</translation>
    </message>
    <message>
        <source>Power gap</source>
        <extracomment>pe_desktop/ui/console/preview.py:87</extracomment>
        <translation>Brecha de poder</translation>
    </message>
    <message>
        <source>Round shift</source>
        <extracomment>pe_desktop/ui/console/preview.py:87</extracomment>
        <translation>Cambio entre rondas</translation>
    </message>
    <message>
        <source>Projector (hidden) would show: %1</source>
        <extracomment>pe_desktop/ui/console/preview.py:103</extracomment>
        <translation>Proyector (oculto); mostraría: %1</translation>
    </message>
    <message>
        <source>Projector shows: %1</source>
        <extracomment>pe_desktop/ui/console/preview.py:103</extracomment>
        <translation>El proyector muestra: %1</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Leave full screen</source>
        <extracomment>pe_desktop/ui/projector/window.py:157</extracomment>
        <translation type="vanished">Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <extracomment>pe_desktop/ui/projector/window.py:158</extracomment>
        <translation type="vanished">Mostrar el gráfico como tabla</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <extracomment>pe_desktop/ui/projector/window.py:165</extracomment>
        <translation type="vanished">Guardar imagen…</translation>
    </message>
    <message>
        <source>Session title</source>
        <extracomment>pe_desktop/ui/projector/window.py:137</extracomment>
        <translation type="vanished">Título de la sesión</translation>
    </message>
    <message>
        <source>QR code to join by phone</source>
        <extracomment>pe_desktop/ui/projector/window.py:140</extracomment>
        <translation type="vanished">Código QR para unirse por teléfono</translation>
    </message>
    <message>
        <source>Address to join by phone</source>
        <extracomment>pe_desktop/ui/projector/window.py:141</extracomment>
        <translation type="vanished">Dirección para unirse por teléfono</translation>
    </message>
    <message>
        <source>Number of people joined</source>
        <extracomment>pe_desktop/ui/projector/window.py:143</extracomment>
        <translation type="vanished">Número de personas conectadas</translation>
    </message>
    <message>
        <source>How to take part</source>
        <extracomment>pe_desktop/ui/projector/window.py:144</extracomment>
        <translation type="vanished">Cómo participar</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/projector/window.py:157, pe_desktop/ui/projector/window.py:188</extracomment>
        <translation type="vanished">Elemento</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>pe_desktop/ui/projector/window.py:158, pe_desktop/ui/projector/window.py:189</extracomment>
        <translation type="vanished">Pregunta</translation>
    </message>
    <message>
        <source>How many have rated</source>
        <extracomment>pe_desktop/ui/projector/window.py:159</extracomment>
        <translation type="vanished">Cuántas personas valoraron</translation>
    </message>
    <message>
        <source>Voting status</source>
        <extracomment>pe_desktop/ui/projector/window.py:160</extracomment>
        <translation type="vanished">Estado de la votación</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/projector/window.py:167</extracomment>
        <translation type="vanished">No sé</translation>
    </message>
    <message>
        <source>Scale point {0}</source>
        <extracomment>pe_desktop/ui/projector/window.py:169</extracomment>
        <translation type="vanished">Punto {0} de la escala</translation>
    </message>
    <message>
        <source>Result figures</source>
        <extracomment>pe_desktop/ui/projector/window.py:190</extracomment>
        <translation type="vanished">Cifras del resultado</translation>
    </message>
    <message>
        <source>More figures</source>
        <extracomment>pe_desktop/ui/projector/window.py:191</extracomment>
        <translation type="vanished">Más cifras</translation>
    </message>
    <message>
        <source>Heading</source>
        <extracomment>pe_desktop/ui/projector/window.py:141</extracomment>
        <translation type="vanished">Encabezado</translation>
    </message>
    <message>
        <source>Projector – {0}</source>
        <extracomment>pe_desktop/ui/projector/window.py:303</extracomment>
        <translation>Proyector – {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <extracomment>pe_desktop/ui/projector/window.py:386</extracomment>
        <translation type="vanished">
            <numerusform>Se unió %n persona</numerusform>
            <numerusform>Se unieron %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the code or type the address into your phone&apos;s browser. Paper ballots and this laptop work too.</source>
        <extracomment>pe_desktop/ui/projector/window.py:388</extracomment>
        <translation type="vanished">Escanee el código o escriba la dirección en el navegador de su teléfono. También puede votar en papel o en esta computadora.</translation>
    </message>
    <message>
        <source>Welcome. Vote on a paper ballot, by show of hands, or on this laptop. No name is shown, ever.</source>
        <extracomment>pe_desktop/ui/projector/window.py:400</extracomment>
        <translation type="vanished">Bienvenida, bienvenido. Vote en una boleta de papel, a mano alzada o en esta computadora. Nunca se muestra ningún nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%n have rated</source>
        <extracomment>pe_desktop/ui/projector/window.py:408</extracomment>
        <translation type="vanished">
            <numerusform>Ya valoró %n persona</numerusform>
            <numerusform>Ya valoraron %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting is open</source>
        <extracomment>pe_desktop/ui/projector/window.py:411</extracomment>
        <translation type="vanished">La votación está abierta</translation>
    </message>
    <message>
        <source>Voting is closed</source>
        <extracomment>pe_desktop/ui/projector/window.py:412</extracomment>
        <translation type="vanished">La votación está cerrada</translation>
    </message>
    <message>
        <source>Voting opens soon</source>
        <extracomment>pe_desktop/ui/projector/window.py:413</extracomment>
        <translation type="vanished">La votación se abre pronto</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <extracomment>pe_desktop/ui/projector/window.py:286</extracomment>
        <translation type="vanished">Todavía no hay valoraciones</translation>
    </message>
    <message>
        <source>Median {0}   ·   IQR {1}–{2}   ·   Agreement: {3}   ·   Band: {4}</source>
        <extracomment>pe_desktop/ui/projector/window.py:289</extracomment>
        <translation type="vanished">Mediana {0}   ·   RIC {1}–{2}   ·   Acuerdo: {3}   ·   Franja: {4}</translation>
    </message>
    <message>
        <source>Power gap: not shown (needs community and institution groups large enough to show)</source>
        <extracomment>pe_desktop/ui/projector/window.py:296</extracomment>
        <translation type="vanished">Brecha de poder: no se muestra (hacen falta grupos comunitarios e institucionales lo bastante grandes para mostrarse)</translation>
    </message>
    <message>
        <source>Power gap {0}: community groups rate lower</source>
        <extracomment>pe_desktop/ui/projector/window.py:298</extracomment>
        <translation type="vanished">Brecha de poder {0}: los grupos comunitarios valoran más bajo</translation>
    </message>
    <message>
        <source>Power gap +{0}: community groups rate higher</source>
        <extracomment>pe_desktop/ui/projector/window.py:300</extracomment>
        <translation type="vanished">Brecha de poder +{0}: los grupos comunitarios valoran más alto</translation>
    </message>
    <message>
        <source>Power gap 0: community and institution groups rate alike</source>
        <extracomment>pe_desktop/ui/projector/window.py:302</extracomment>
        <translation type="vanished">Brecha de poder 0: los grupos comunitarios e institucionales valoran igual</translation>
    </message>
    <message numerus="yes">
        <source>%n ratings</source>
        <extracomment>pe_desktop/ui/projector/window.py:303</extracomment>
        <translation type="vanished">
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>, {0} not sure</source>
        <extracomment>pe_desktop/ui/projector/window.py:305</extracomment>
        <translation type="vanished">, {0} no sé</translation>
    </message>
    <message>
        <source>, round {0}</source>
        <extracomment>pe_desktop/ui/projector/window.py:307</extracomment>
        <translation type="vanished">, ronda {0}</translation>
    </message>
    <message>
        <source>All items, round {0}</source>
        <extracomment>pe_desktop/ui/projector/window.py:343</extracomment>
        <translation type="vanished">Todos los elementos, ronda {0}</translation>
    </message>
    <message>
        <source>Round 1 to round 2</source>
        <extracomment>pe_desktop/ui/projector/window.py:347</extracomment>
        <translation type="vanished">De la ronda 1 a la ronda 2</translation>
    </message>
    <message>
        <source>Power gap, round {0}</source>
        <extracomment>pe_desktop/ui/projector/window.py:354</extracomment>
        <translation type="vanished">Brecha de poder, ronda {0}</translation>
    </message>
    <message>
        <source>Projector</source>
        <extracomment>pe_desktop/ui/projector/window.py:92</extracomment>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Toggle full screen</source>
        <extracomment>pe_desktop/ui/projector/window.py:156</extracomment>
        <translation type="vanished">Pantalla completa sí/no</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <extracomment>pe_desktop/ui/widgets/messages.py:60</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Session title</source>
        <extracomment>pe_desktop/ui/projector/pages.py:56</extracomment>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>QR code to join by phone</source>
        <extracomment>pe_desktop/ui/projector/pages.py:59</extracomment>
        <translation>Código QR para participar con el teléfono</translation>
    </message>
    <message>
        <source>Address to join by phone</source>
        <extracomment>pe_desktop/ui/projector/pages.py:60</extracomment>
        <translation>Dirección para participar con el teléfono</translation>
    </message>
    <message>
        <source>Number of people joined</source>
        <extracomment>pe_desktop/ui/projector/pages.py:62</extracomment>
        <translation>Número de personas conectadas</translation>
    </message>
    <message>
        <source>How to take part</source>
        <extracomment>pe_desktop/ui/projector/pages.py:63</extracomment>
        <translation>Cómo participar</translation>
    </message>
    <message>
        <source>Second step of joining</source>
        <extracomment>pe_desktop/ui/projector/pages.py:80</extracomment>
        <translation>Segundo paso para participar</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/projector/pages.py:123, pe_desktop/ui/projector/pages.py:165</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>pe_desktop/ui/projector/pages.py:124, pe_desktop/ui/projector/pages.py:166</extracomment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>How many have rated</source>
        <extracomment>pe_desktop/ui/projector/pages.py:125</extracomment>
        <translation>Cuántos han respondido</translation>
    </message>
    <message>
        <source>Voting status</source>
        <extracomment>pe_desktop/ui/projector/pages.py:126</extracomment>
        <translation>Estado de la votación</translation>
    </message>
    <message>
        <source>Scale point {0}</source>
        <extracomment>pe_desktop/ui/projector/pages.py:152</extracomment>
        <translation>Punto de la escala {0}</translation>
    </message>
    <message>
        <source>Result in words</source>
        <extracomment>pe_desktop/ui/projector/pages.py:167</extracomment>
        <translation>Resultado en palabras</translation>
    </message>
    <message>
        <source>Power gap and number of ratings</source>
        <extracomment>pe_desktop/ui/projector/pages.py:168</extracomment>
        <translation>Brecha de poder y número de respuestas</translation>
    </message>
    <message>
        <source>Heading</source>
        <extracomment>pe_desktop/ui/projector/pages.py:183</extracomment>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>What the chart shows, in words</source>
        <extracomment>pe_desktop/ui/projector/pages.py:184</extracomment>
        <translation>Lo que muestra el gráfico, en palabras</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>pe_desktop/ui/projector/picture.py:20</extracomment>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Save picture</source>
        <extracomment>pe_desktop/ui/projector/picture.py:20</extracomment>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <extracomment>pe_desktop/ui/widgets/jobs.py:177</extracomment>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>pe_desktop/ui/widgets/jobs.py:177</extracomment>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>pe_desktop/ui/widgets/jobs.py:178</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <extracomment>pe_desktop/ui/widgets/jobs.py:182</extracomment>
        <translation>No se guardó el archivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>pe_desktop/ui/widgets/jobs.py:98</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:57</extracomment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Versions</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:63</extracomment>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:69</extracomment>
        <translation>Versión</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:69</extracomment>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:69</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What changed</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:70</extracomment>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Action item</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:87</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:87</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:87</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Rating</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:88, pe_desktop/ui/dialogs/record_history.py:126</extracomment>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>round %1</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:91</extracomment>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>No versions are logged for it.</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:94</extracomment>
        <translation>No hay versiones registradas.</translation>
    </message>
    <message>
        <source>Versions: %1, oldest first; the last is what the archive holds now.</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:95</extracomment>
        <translation>Versiones: %1, de la más antigua a la más reciente; la última es la que guarda ahora el archivo de sesiones.</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:109</extracomment>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:109</extracomment>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:109</extracomment>
        <translation>Borrada</translation>
    </message>
    <message>
        <source>Restored</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:110</extracomment>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:113</extracomment>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>made from version %1 at the same time as another edit (two laptops)</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:115</extracomment>
        <translation>hecha a partir de la versión %1 a la vez que otro cambio (dos computadoras)</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:121</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:121</extracomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:121</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:122</extracomment>
        <translation>Facilitación</translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:122</extracomment>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:122</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rounds</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:123</extracomment>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Smallest group shown</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:123</extracomment>
        <translation>Grupo mínimo mostrado</translation>
    </message>
    <message>
        <source>Current round</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:124</extracomment>
        <translation>Ronda actual</translation>
    </message>
    <message>
        <source>Room language</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:124</extracomment>
        <translation>Idioma de la sala</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:125</extracomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:125</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Round</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:125</extracomment>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:125</extracomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:126</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:126</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:132</extracomment>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>not sure</source>
        <extracomment>pe_desktop/ui/dialogs/record_history.py:134</extracomment>
        <translation>no sé</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <extracomment>pe_desktop/ui/widgets/history_action.py:24</extracomment>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every version of this record, oldest first</source>
        <extracomment>pe_desktop/ui/widgets/history_action.py:26</extracomment>
        <translation>Todas las versiones de este registro, de la más antigua a la más reciente</translation>
    </message>
</context>
<context>
    <name>RecordsTools</name>
    <message>
        <source>Import ratings</source>
        <extracomment>pe_desktop/ui/main/records_tools.py:49, pe_desktop/ui/main/records_tools.py:52</extracomment>
        <translation>Importar valoraciones</translation>
    </message>
    <message>
        <source>Select the session the ratings belong to first.</source>
        <extracomment>pe_desktop/ui/main/records_tools.py:49</extracomment>
        <translation>Seleccione primero la sesión a la que pertenecen las valoraciones.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Before an upgrade</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:49</extracomment>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>A session closed</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:51</extracomment>
        <translation>Se cerró una sesión</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:51</extracomment>
        <translation>Antes de combinar</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:52</extracomment>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:52</extracomment>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Before emptying the Trash</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:53</extracomment>
        <translation>Antes de vaciar la papelera</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:77, pe_desktop/ui/dialogs/restore.py:78, pe_desktop/ui/dialogs/restore.py:182</extracomment>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The archive “%1” holds %2 sessions now.</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:80</extracomment>
        <translation>El archivo de sesiones “%1” tiene ahora %2 sesiones.</translation>
    </message>
    <message>
        <source>The archive “%1” holds 1 session now.</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:81</extracomment>
        <translation>El archivo de sesiones “%1” tiene ahora 1 sesión.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to:</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:83</extracomment>
        <translation>Elija la copia de seguridad a la que quiere volver:</translation>
    </message>
    <message>
        <source>It has no backups yet. A backup is taken when a session closes, and before a merge, an upgrade or a restore.</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:85</extracomment>
        <translation>Todavía no tiene copias de seguridad. Se hace una copia cuando se cierra una sesión y antes de combinar, actualizar o restaurar.</translation>
    </message>
    <message>
        <source>About the backups</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:88</extracomment>
        <translation>Sobre las copias de seguridad</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:119</extracomment>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:120</extracomment>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:120</extracomment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Taken</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:120</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:120</extracomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:121</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:126</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:127</extracomment>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:93</extracomment>
        <translation>Las copias de seguridad se guardan en %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:94</extracomment>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Restore…</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:99</extracomment>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:102</extracomment>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
    <message>
        <source>1 session</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:172</extracomment>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:173</extracomment>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>The archive goes back to how it was then (%1). Everything recorded since is set aside, not lost: the archive as it is now is backed up first (“Before a restore”), so you can restore that backup to undo this.</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:174</extracomment>
        <translation>El archivo de sesiones vuelve a como estaba entonces (%1). Todo lo registrado después se guarda aparte, no se pierde: antes se hace una copia de seguridad del archivo tal como está ahora (“Antes de restaurar”), así que puede restaurar esa copia para deshacer esto.</translation>
    </message>
    <message>
        <source>The open session consoles are closed first.</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:180</extracomment>
        <translation>Antes se cierran las consolas de sesión abiertas.</translation>
    </message>
    <message>
        <source>Restore the backup taken %1?</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:183</extracomment>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>pe_desktop/ui/dialogs/restore.py:184</extracomment>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/projector/pages.py:178</extracomment>
        <translation type="vanished">Elemento</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>pe_desktop/ui/projector/pages.py:179</extracomment>
        <translation type="vanished">Pregunta</translation>
    </message>
    <message>
        <source>Result figures</source>
        <extracomment>pe_desktop/ui/projector/pages.py:180</extracomment>
        <translation type="vanished">Cifras del resultado</translation>
    </message>
    <message>
        <source>More figures</source>
        <extracomment>pe_desktop/ui/projector/pages.py:181</extracomment>
        <translation type="vanished">Más cifras</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Note</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:59</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Quote</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:59</extracomment>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Session title</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:59</extracomment>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>Action item</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:60</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Dissent</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:60</extracomment>
        <translation>Desacuerdo</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Nothing found in titles, notes or action items for “%1”.</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:155</extracomment>
        <translation>No se encontró “%1” en títulos, notas ni acciones.</translation>
    </message>
    <message>
        <source>The first %2 places where “%1” was found (type more to narrow it down):</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:157</extracomment>
        <translation>Los primeros %2 lugares donde se encontró “%1” (escriba más para afinar la búsqueda):</translation>
    </message>
    <message>
        <source>Found “%1” in 1 place:</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:159</extracomment>
        <translation>Se encontró “%1” en 1 lugar:</translation>
    </message>
    <message>
        <source>Found “%1” in %2 places:</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:161</extracomment>
        <translation>Se encontró “%1” en %2 lugares:</translation>
    </message>
    <message>
        <source>Search results</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:84</extracomment>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search result count</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:90</extracomment>
        <translation>Cantidad de resultados</translation>
    </message>
    <message>
        <source>Found in titles, notes and action items</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:92</extracomment>
        <translation>Encontrado en títulos, notas y acciones</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:94</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Found in</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:94</extracomment>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:94</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Text</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:94</extracomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Search result columns</source>
        <extracomment>pe_desktop/ui/main/search_panel.py:102</extracomment>
        <translation>Columnas de los resultados</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>The session was not created</source>
        <extracomment>pe_desktop/ui/main/sessions.py:86</extracomment>
        <translation>No se creó la sesión</translation>
    </message>
    <message>
        <source>Session “%1” created</source>
        <extracomment>pe_desktop/ui/main/sessions.py:91</extracomment>
        <translation>Se creó la sesión “%1”</translation>
    </message>
    <message>
        <source>The changes were not saved</source>
        <extracomment>pe_desktop/ui/main/sessions.py:122</extracomment>
        <translation>No se guardaron los cambios</translation>
    </message>
    <message>
        <source>Delete session</source>
        <extracomment>pe_desktop/ui/main/sessions.py:140, pe_desktop/ui/main/sessions.py:143</extracomment>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>“%1” is open in a console. Close the console first.</source>
        <extracomment>pe_desktop/ui/main/sessions.py:141</extracomment>
        <translation>“%1” está abierta en una consola. Cierre primero la consola.</translation>
    </message>
    <message>
        <source>Delete the session “%1”?</source>
        <extracomment>pe_desktop/ui/main/sessions.py:144</extracomment>
        <translation>¿Eliminar la sesión “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>pe_desktop/ui/main/sessions.py:145</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Its ratings, notes and action items go with it. You can undo this (Edit ▸ Undo) until you close this window.</source>
        <extracomment>pe_desktop/ui/main/sessions.py:146</extracomment>
        <translation type="vanished">Se eliminan también sus valoraciones, notas y acciones. Puede deshacerlo (Editar ▸ Deshacer) hasta que cierre esta ventana.</translation>
    </message>
    <message>
        <source>It goes to the Trash with its ratings, notes and action items: Edit ▸ Undo or File ▸ Trash brings it back, even after you close this window.</source>
        <extracomment>pe_desktop/ui/main/sessions.py:146</extracomment>
        <translation>Va a la papelera con sus valoraciones, notas y acciones: Editar ▸ Deshacer o Archivo ▸ Papelera la recuperan, incluso después de cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Session deleted. Ctrl+Z brings it back.</source>
        <extracomment>pe_desktop/ui/main/sessions.py:158</extracomment>
        <translation>Sesión eliminada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Import form</source>
        <extracomment>pe_desktop/ui/main/sessions.py:197, pe_desktop/ui/main/sessions.py:210, pe_desktop/ui/main/sessions.py:212</extracomment>
        <translation>Importar formulario</translation>
    </message>
    <message>
        <source>Forms (*.toml);;All files (*)</source>
        <extracomment>pe_desktop/ui/main/sessions.py:198</extracomment>
        <translation>Formularios (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load an example session?</source>
        <extracomment>pe_desktop/ui/main/sessions.py:221</extracomment>
        <translation>¿Cargar una sesión de ejemplo?</translation>
    </message>
    <message>
        <source>Load example</source>
        <extracomment>pe_desktop/ui/main/sessions.py:221</extracomment>
        <translation>Cargar el ejemplo</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>pe_desktop/ui/main/sessions.py:221</extracomment>
        <translation>Bienvenida, bienvenido</translation>
    </message>
    <message>
        <source>The example is a partnership with one finished session (two rounds, notes and action items) and one session ready to run. You can delete it later.</source>
        <extracomment>pe_desktop/ui/main/sessions.py:223</extracomment>
        <translation>El ejemplo es una alianza con una sesión terminada (dos rondas, notas y acciones) y una sesión lista para realizar. Puede eliminarlo después.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <extracomment>pe_desktop/ui/main/sessions.py:225</extracomment>
        <translation>Empezar sin datos</translation>
    </message>
</context>
<context>
    <name>SessionConsole</name>
    <message>
        <source>Previous item (Alt+Up)</source>
        <extracomment>pe_desktop/ui/console/window.py:124</extracomment>
        <translation>Elemento anterior (Alt+Up)</translation>
    </message>
    <message>
        <source>◀ &amp;Previous item</source>
        <extracomment>pe_desktop/ui/console/window.py:124</extracomment>
        <translation>◀ An&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next item ▶</source>
        <extracomment>pe_desktop/ui/console/window.py:126</extracomment>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Next item (Alt+Down)</source>
        <extracomment>pe_desktop/ui/console/window.py:126</extracomment>
        <translation>Elemento siguiente (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Open voting</source>
        <extracomment>pe_desktop/ui/console/window.py:127</extracomment>
        <translation type="vanished">&amp;Abrir votación</translation>
    </message>
    <message>
        <source>Open voting on the current item (F6)</source>
        <extracomment>pe_desktop/ui/console/window.py:127</extracomment>
        <translation type="vanished">Abrir la votación del elemento actual (F6)</translation>
    </message>
    <message>
        <source>&amp;Close voting</source>
        <extracomment>pe_desktop/ui/console/window.py:130</extracomment>
        <translation type="vanished">&amp;Cerrar votación</translation>
    </message>
    <message>
        <source>Close voting on the current item (F7)</source>
        <extracomment>pe_desktop/ui/console/window.py:130</extracomment>
        <translation type="vanished">Cerrar la votación del elemento actual (F7)</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <extracomment>pe_desktop/ui/console/window.py:133</extracomment>
        <translation type="vanished">&amp;Revelar</translation>
    </message>
    <message>
        <source>Show the results of the current item (F8)</source>
        <extracomment>pe_desktop/ui/console/window.py:133</extracomment>
        <translation type="vanished">Mostrar los resultados del elemento actual (F8)</translation>
    </message>
    <message>
        <source>Open &amp;all</source>
        <extracomment>pe_desktop/ui/console/window.py:136</extracomment>
        <translation type="vanished">Abrir to&amp;do</translation>
    </message>
    <message>
        <source>Open voting on every item not yet open</source>
        <extracomment>pe_desktop/ui/console/window.py:136</extracomment>
        <translation type="vanished">Abrir la votación de todos los elementos que aún no están abiertos</translation>
    </message>
    <message>
        <source>Close a&amp;ll</source>
        <extracomment>pe_desktop/ui/console/window.py:139</extracomment>
        <translation type="vanished">Cerrar t&amp;odo</translation>
    </message>
    <message>
        <source>Close voting on every open item</source>
        <extracomment>pe_desktop/ui/console/window.py:139</extracomment>
        <translation type="vanished">Cerrar la votación de todos los elementos abiertos</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <extracomment>pe_desktop/ui/console/window.py:141</extracomment>
        <translation type="vanished">Revelar todo</translation>
    </message>
    <message>
        <source>Show the results of every voted item</source>
        <extracomment>pe_desktop/ui/console/window.py:142</extracomment>
        <translation type="vanished">Mostrar los resultados de todos los elementos votados</translation>
    </message>
    <message>
        <source>Start round &amp;2…</source>
        <extracomment>pe_desktop/ui/console/window.py:127</extracomment>
        <translation>Empezar la ronda &amp;2…</translation>
    </message>
    <message>
        <source>Rate every item again; the shift between rounds is shown</source>
        <extracomment>pe_desktop/ui/console/window.py:128</extracomment>
        <translation>Valorar otra vez todos los elementos; se muestra el cambio entre rondas</translation>
    </message>
    <message>
        <source>Close &amp;session…</source>
        <extracomment>pe_desktop/ui/console/window.py:129</extracomment>
        <translation>Cerrar s&amp;esión…</translation>
    </message>
    <message>
        <source>End voting, back up the archive and show the overview</source>
        <extracomment>pe_desktop/ui/console/window.py:130</extracomment>
        <translation>Terminar la votación, hacer una copia de seguridad y mostrar la vista general</translation>
    </message>
    <message>
        <source>O&amp;verview of all items</source>
        <extracomment>pe_desktop/ui/console/window.py:131</extracomment>
        <translation>Vista &amp;general de todos los elementos</translation>
    </message>
    <message>
        <source>Full-screen ballot for passing the laptop around; leave it with %1</source>
        <extracomment>pe_desktop/ui/console/window.py:132</extracomment>
        <translation>Boleta en pantalla completa para pasar la computadora de mano en mano; para salir, %1</translation>
    </message>
    <message>
        <source>&amp;Laptop ballot (kiosk)</source>
        <extracomment>pe_desktop/ui/console/window.py:128</extracomment>
        <translation type="vanished">&amp;Votación en la computadora (quiosco)</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <extracomment>pe_desktop/ui/console/window.py:134</extracomment>
        <translation>Cerrar &amp;la ventana</translation>
    </message>
    <message>
        <source>Review &amp;earlier actions…</source>
        <extracomment>pe_desktop/ui/console/window.py:135</extracomment>
        <translation>Rev&amp;isar acciones anteriores…</translation>
    </message>
    <message>
        <source>Say what became of the open action items of earlier sessions</source>
        <extracomment>pe_desktop/ui/console/window.py:136</extracomment>
        <translation>Indicar qué pasó con las acciones abiertas de sesiones anteriores</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>pe_desktop/ui/console/window.py:138</extracomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>pe_desktop/ui/console/window.py:140</extracomment>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>pe_desktop/ui/console/window.py:144</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <extracomment>pe_desktop/ui/console/window.py:145</extracomment>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <extracomment>pe_desktop/ui/console/window.py:150</extracomment>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <extracomment>pe_desktop/ui/console/window.py:151</extracomment>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Show projector</source>
        <extracomment>pe_desktop/ui/console/window.py:148</extracomment>
        <translation type="vanished">&amp;Mostrar proyector</translation>
    </message>
    <message>
        <source>&amp;Hide projector</source>
        <extracomment>pe_desktop/ui/console/window.py:154</extracomment>
        <translation>&amp;Ocultar proyector</translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <extracomment>pe_desktop/ui/console/window.py:155</extracomment>
        <translation>Proyector en pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Save projector &amp;picture…</source>
        <extracomment>pe_desktop/ui/console/window.py:151</extracomment>
        <translation type="vanished">Guardar &amp;imagen del proyector…</translation>
    </message>
    <message>
        <source>Saves what the room sees now as a PNG picture</source>
        <extracomment>pe_desktop/ui/console/window.py:157</extracomment>
        <translation>Guarda lo que ve la sala ahora como imagen PNG</translation>
    </message>
    <message>
        <source>&amp;Join screen</source>
        <extracomment>pe_desktop/ui/console/window.py:160</extracomment>
        <translation>Pantalla para &amp;unirse</translation>
    </message>
    <message>
        <source>&amp;Overview (all items)</source>
        <extracomment>pe_desktop/ui/console/window.py:160</extracomment>
        <translation>&amp;Vista general (todos)</translation>
    </message>
    <message>
        <source>Current &amp;item</source>
        <extracomment>pe_desktop/ui/console/window.py:160</extracomment>
        <translation>&amp;Elemento actual</translation>
    </message>
    <message>
        <source>&amp;Power gap</source>
        <extracomment>pe_desktop/ui/console/window.py:161</extracomment>
        <translation>Brecha de po&amp;der</translation>
    </message>
    <message>
        <source>Round s&amp;hift</source>
        <extracomment>pe_desktop/ui/console/window.py:156</extracomment>
        <translation type="vanished">Cam&amp;bio entre rondas</translation>
    </message>
    <message>
        <source>Lap&amp;top ballot (kiosk)</source>
        <extracomment>pe_desktop/ui/console/window.py:133</extracomment>
        <translation>&amp;Votación en la computadora (quiosco)</translation>
    </message>
    <message>
        <source>Sho&amp;w projector</source>
        <extracomment>pe_desktop/ui/console/window.py:153</extracomment>
        <translation>&amp;Mostrar proyector</translation>
    </message>
    <message>
        <source>Save projector pict&amp;ure…</source>
        <extracomment>pe_desktop/ui/console/window.py:156</extracomment>
        <translation>Guardar &amp;imagen del proyector…</translation>
    </message>
    <message>
        <source>&amp;Round shift</source>
        <extracomment>pe_desktop/ui/console/window.py:161</extracomment>
        <translation>Cam&amp;bio entre rondas</translation>
    </message>
    <message>
        <source>Start/pause &amp;timer</source>
        <extracomment>pe_desktop/ui/console/window.py:168</extracomment>
        <translation>Iniciar/pausar el &amp;temporizador</translation>
    </message>
    <message>
        <source>R&amp;eset timer</source>
        <extracomment>pe_desktop/ui/console/window.py:169</extracomment>
        <translation>&amp;Reiniciar el temporizador</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <extracomment>pe_desktop/ui/console/window.py:173</extracomment>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>pe_desktop/ui/console/window.py:179</extracomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>pe_desktop/ui/console/window.py:182</extracomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Projector on &amp;screen</source>
        <extracomment>pe_desktop/ui/console/window.py:183</extracomment>
        <translation>Proyector en la &amp;pantalla</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>pe_desktop/ui/console/window.py:199</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Items</source>
        <extracomment>pe_desktop/ui/console/window.py:213</extracomment>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Discuss first</source>
        <extracomment>pe_desktop/ui/console/window.py:214</extracomment>
        <translation>Conversar primero</translation>
    </message>
    <message>
        <source>Console sections</source>
        <extracomment>pe_desktop/ui/console/window.py:225</extracomment>
        <translation>Secciones de la consola</translation>
    </message>
    <message>
        <source>&amp;Item and notes</source>
        <extracomment>pe_desktop/ui/console/window.py:226</extracomment>
        <translation>Elemento y &amp;notas</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <extracomment>pe_desktop/ui/console/window.py:227</extracomment>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Paper &amp;ballots</source>
        <extracomment>pe_desktop/ui/console/window.py:228</extracomment>
        <translation>&amp;Boletas de papel</translation>
    </message>
    <message>
        <source>Pa&amp;per ballots</source>
        <extracomment>pe_desktop/ui/console/window.py:223</extracomment>
        <translation type="vanished">&amp;Boletas de papel</translation>
    </message>
    <message>
        <source>&amp;Tally</source>
        <extracomment>pe_desktop/ui/console/window.py:229</extracomment>
        <translation>&amp;Recuento</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <extracomment>pe_desktop/ui/console/window.py:230</extracomment>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <source>Start laptop ballot</source>
        <extracomment>pe_desktop/ui/console/window.py:269</extracomment>
        <translation type="vanished">Iniciar votación en la computadora</translation>
    </message>
    <message>
        <source>Full screen; one person at a time</source>
        <extracomment>pe_desktop/ui/console/window.py:270</extracomment>
        <translation type="vanished">Pantalla completa; una persona a la vez</translation>
    </message>
    <message>
        <source>Leave the laptop ballot with %1 (not shown on its screen).</source>
        <extracomment>pe_desktop/ui/console/window.py:273</extracomment>
        <translation type="vanished">Para salir de la votación en la computadora, %1 (no aparece en su pantalla).</translation>
    </message>
    <message>
        <source>How to leave the laptop ballot</source>
        <extracomment>pe_desktop/ui/console/window.py:274</extracomment>
        <translation type="vanished">Cómo salir de la votación en la computadora</translation>
    </message>
    <message>
        <source>Show projector</source>
        <extracomment>pe_desktop/ui/console/window.py:278</extracomment>
        <translation type="vanished">Mostrar proyector</translation>
    </message>
    <message>
        <source>Shows the projector window on the second screen if there is one</source>
        <extracomment>pe_desktop/ui/console/window.py:279</extracomment>
        <translation type="vanished">Muestra la ventana del proyector en la segunda pantalla, si hay una</translation>
    </message>
    <message>
        <source>Full screen (F5)</source>
        <extracomment>pe_desktop/ui/console/window.py:281</extracomment>
        <translation type="vanished">Pantalla completa (F5)</translation>
    </message>
    <message>
        <source>Projector full screen</source>
        <extracomment>pe_desktop/ui/console/window.py:281</extracomment>
        <translation type="vanished">Proyector en pantalla completa</translation>
    </message>
    <message>
        <source>Projector</source>
        <extracomment>pe_desktop/ui/console/window.py:284</extracomment>
        <translation type="vanished">Proyector</translation>
    </message>
    <message>
        <source>Projector view: %1</source>
        <extracomment>pe_desktop/ui/console/window.py:289</extracomment>
        <translation type="vanished">Vista del proyector: %1</translation>
    </message>
    <message>
        <source>Round and session state</source>
        <extracomment>pe_desktop/ui/console/window.py:298</extracomment>
        <translation type="vanished">Ronda y estado de la sesión</translation>
    </message>
    <message>
        <source>Start round 2</source>
        <extracomment>pe_desktop/ui/console/window.py:306, pe_desktop/ui/console/window.py:308</extracomment>
        <translation>Empezar la ronda 2</translation>
    </message>
    <message>
        <source>Close session</source>
        <extracomment>pe_desktop/ui/console/window.py:324</extracomment>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <source>Overview of all items</source>
        <extracomment>pe_desktop/ui/console/window.py:307</extracomment>
        <translation type="vanished">Vista general de todos los elementos</translation>
    </message>
    <message>
        <source>Discussion timer</source>
        <extracomment>pe_desktop/ui/console/window.py:312</extracomment>
        <translation type="vanished">Temporizador de conversación</translation>
    </message>
    <message>
        <source>Laptop ballot</source>
        <extracomment>pe_desktop/ui/console/window.py:313</extracomment>
        <translation type="vanished">Votación en la computadora</translation>
    </message>
    <message>
        <source>Last saved</source>
        <extracomment>pe_desktop/ui/console/window.py:249</extracomment>
        <translation>Último guardado</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>pe_desktop/ui/console/window.py:252</extracomment>
        <translation type="vanished">cerrada</translation>
    </message>
    <message>
        <source>not started</source>
        <extracomment>pe_desktop/ui/console/window.py:252</extracomment>
        <translation type="vanished">sin empezar</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>pe_desktop/ui/console/window.py:252</extracomment>
        <translation type="vanished">en curso</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3</source>
        <extracomment>pe_desktop/ui/console/window.py:277</extracomment>
        <translation>Ronda %1 de %2 · %3</translation>
    </message>
    <message>
        <source>%1 — session console</source>
        <extracomment>pe_desktop/ui/console/window.py:280</extracomment>
        <translation>%1 — consola de la sesión</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <extracomment>pe_desktop/ui/console/window.py:292</extracomment>
        <translation>Todos los cambios guardados a las %1</translation>
    </message>
    <message>
        <source>Not changed</source>
        <extracomment>pe_desktop/ui/console/window.py:384</extracomment>
        <translation type="vanished">Sin cambios</translation>
    </message>
    <message>
        <source>Voting open</source>
        <extracomment>pe_desktop/ui/console/window.py:394, pe_desktop/ui/console/window.py:406</extracomment>
        <translation type="vanished">Votación abierta</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <extracomment>pe_desktop/ui/console/window.py:398, pe_desktop/ui/console/window.py:410</extracomment>
        <translation type="vanished">Votación cerrada</translation>
    </message>
    <message>
        <source>Revealed</source>
        <extracomment>pe_desktop/ui/console/window.py:402, pe_desktop/ui/console/window.py:414</extracomment>
        <translation type="vanished">Revelado</translation>
    </message>
    <message>
        <source>Start round 2 now?</source>
        <extracomment>pe_desktop/ui/console/window.py:307</extracomment>
        <translation>¿Empezar ahora la ronda 2?</translation>
    </message>
    <message>
        <source>Round 1 stays saved as it is. Everyone rates every item again; the projector then shows how the ratings moved. Undo history is cleared.</source>
        <extracomment>pe_desktop/ui/console/window.py:310</extracomment>
        <translation>La ronda 1 queda guardada tal como está. Todos vuelven a valorar cada elemento; luego el proyector muestra cómo cambiaron las valoraciones. Se borra el historial de Deshacer.</translation>
    </message>
    <message>
        <source>Round 2 started</source>
        <extracomment>pe_desktop/ui/console/window.py:319</extracomment>
        <translation>Empezó la ronda 2</translation>
    </message>
    <message>
        <source>Close the session</source>
        <extracomment>pe_desktop/ui/console/window.py:324</extracomment>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <source>Close this session now?</source>
        <extracomment>pe_desktop/ui/console/window.py:324</extracomment>
        <translation>¿Cerrar esta sesión ahora?</translation>
    </message>
    <message>
        <source>Voting ends on every item, a backup of the archive is made and the ratings can no longer change. Notes and action items stay editable.</source>
        <extracomment>pe_desktop/ui/console/window.py:326</extracomment>
        <translation>La votación termina en todos los elementos, se hace una copia de seguridad del archivo de sesiones y las valoraciones ya no pueden cambiar. Las notas y las acciones se pueden seguir editando.</translation>
    </message>
    <message>
        <source>Discussion time is up</source>
        <extracomment>pe_desktop/ui/console/window.py:100</extracomment>
        <translation>Se acabó el tiempo de conversación</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>%1 and %2 (both on the projector)</source>
        <extracomment>pe_desktop/ui/dialogs/room_language.py:26</extracomment>
        <translation>%1 y %2 (ambos en el proyector)</translation>
    </message>
    <message>
        <source>Edit session</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:69</extracomment>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:69</extracomment>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:118</extracomment>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>The form of a session cannot be changed once it exists.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:122</extracomment>
        <translation>El formulario de una sesión no se puede cambiar una vez creada.</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:126</extracomment>
        <translation>%1 (%2 elementos)</translation>
    </message>
    <message>
        <source>About the form</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:132</extracomment>
        <translation>Sobre el formulario</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:134</extracomment>
        <translation>&amp;Formulario:</translation>
    </message>
    <message>
        <source>Session title</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:139</extracomment>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>e.g. Spring check-in</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:140</extracomment>
        <translation>p. ej., Revisión de primavera</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:142</extracomment>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Partnership</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:148</extracomment>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Partnership name</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:151</extracomment>
        <translation>Nombre de la alianza</translation>
    </message>
    <message>
        <source>Choose one or type a new name</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:152</extracomment>
        <translation>Elija una o escriba un nombre nuevo</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:154</extracomment>
        <translation>&amp;Alianza:</translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:139</extracomment>
        <translation type="vanished">sin fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:157</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:159</extracomment>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:162</extracomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>e.g. Eastside Library, Room B</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:163</extracomment>
        <translation>p. ej., Biblioteca del barrio, Sala B</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:164</extracomment>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:167</extracomment>
        <translation>Facilitación</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:168</extracomment>
        <translation>Fa&amp;cilitación:</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:172</extracomment>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Stage of the partnership</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:175</extracomment>
        <translation>Etapa de la alianza</translation>
    </message>
    <message>
        <source>About the stage</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:179</extracomment>
        <translation>Sobre la etapa</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:181</extracomment>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>Stakeholder groups</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:185, pe_desktop/ui/dialogs/session_dialog.py:190</extracomment>
        <translation>Grupos de interés</translation>
    </message>
    <message>
        <source>Stakeholder &amp;groups:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:193</extracomment>
        <translation>&amp;Grupos de interés:</translation>
    </message>
    <message>
        <source>Minimum group size</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:200</extracomment>
        <translation>Tamaño mínimo de grupo</translation>
    </message>
    <message>
        <source>A group with fewer ratings than this is never shown on its own, so nobody&apos;s rating can be picked out.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:201</extracomment>
        <translation>Un grupo con menos valoraciones que esta cifra nunca se muestra por separado, así nadie puede saber qué valoró cada persona.</translation>
    </message>
    <message>
        <source>&amp;Minimum group size:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:204</extracomment>
        <translation>Tamaño &amp;mínimo de grupo:</translation>
    </message>
    <message>
        <source>One round</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:207</extracomment>
        <translation>Una ronda</translation>
    </message>
    <message>
        <source>Two rounds: rate again after the discussion</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:208</extracomment>
        <translation>Dos rondas: valorar otra vez después de conversar</translation>
    </message>
    <message>
        <source>Rounds</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:209</extracomment>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:210</extracomment>
        <translation>&amp;Rondas:</translation>
    </message>
    <message>
        <source>Language of the room</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:213</extracomment>
        <translation>Idioma de la sala</translation>
    </message>
    <message>
        <source>The projector, the laptop ballot, the ballots and the PDF use it. Two languages put both on the projector, for a mixed room.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:214</extracomment>
        <translation>Lo usan el proyector, la votación en la computadora, las boletas y el PDF. Con dos idiomas, el proyector muestra ambos, para una sala mixta.</translation>
    </message>
    <message>
        <source>Lang&amp;uage of the room:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:217</extracomment>
        <translation>&amp;Idioma de la sala:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the room:</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:194</extracomment>
        <translation type="vanished">&amp;Idioma de la sala:</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:225</extracomment>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Create session</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:230</extracomment>
        <translation>Crear sesión</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:230</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>A session stays with its partnership.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:248</extracomment>
        <translation>Una sesión siempre pertenece a su alianza.</translation>
    </message>
    <message>
        <source>Items: %1. Scale %2 to %3. Languages: %4.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:276</extracomment>
        <translation>Elementos: %1. Escala de %2 a %3. Idiomas: %4.</translation>
    </message>
    <message>
        <source>Choose a form.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:311</extracomment>
        <translation>Elija un formulario.</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:313</extracomment>
        <translation>Póngale un título a la sesión.</translation>
    </message>
    <message>
        <source>Choose a partnership or type the name of a new one.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:315</extracomment>
        <translation>Elija una alianza o escriba el nombre de una nueva.</translation>
    </message>
    <message>
        <source>Group %1 has no name (give it one or remove it).</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:321</extracomment>
        <translation>El grupo %1 no tiene nombre (póngale uno o quítelo).</translation>
    </message>
    <message>
        <source>The group name “%1” is used twice.</source>
        <extracomment>pe_desktop/ui/dialogs/session_dialog.py:324</extracomment>
        <translation>El nombre de grupo “%1” está repetido.</translation>
    </message>
</context>
<context>
    <name>SessionEdits</name>
    <message>
        <source>Remove %1</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>quitar %1</translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>valoración de %1</translation>
    </message>
    <message>
        <source>Clear rating for %1</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>borrar la valoración de %1</translation>
    </message>
    <message>
        <source>Tally for %1</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>recuento de %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>agregar nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>editar nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>eliminar nota</translation>
    </message>
    <message>
        <source>Add action</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>agregar acción</translation>
    </message>
    <message>
        <source>Edit action</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>editar acción</translation>
    </message>
    <message>
        <source>Delete action</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>eliminar acción</translation>
    </message>
    <message>
        <source>session: this session is closed; ratings and participants can no longer change</source>
        <extracomment>pe_desktop/ui/console/edits.py:62</extracomment>
        <translation type="vanished">sesión: esta sesión está cerrada; las valoraciones y los participantes ya no pueden cambiar</translation>
    </message>
    <message>
        <source>Add %1 participants</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>agregar %1 participantes</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <extracomment>pe_desktop/ui/undo.py:110</extracomment>
        <translation>agregar un participante</translation>
    </message>
</context>
<context>
    <name>TallyPanel</name>
    <message>
        <source>Stored now: no tally for this item and group in round %1.</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:171</extracomment>
        <translation>Guardado ahora: no hay recuento para este elemento y grupo en la ronda %1.</translation>
    </message>
    <message>
        <source>not sure</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:174</extracomment>
        <translation>no sé</translation>
    </message>
    <message>
        <source>Stored now (round %1): %2 — %3 votes</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:176</extracomment>
        <translation>Guardado ahora (ronda %1): %2 — %3 votos</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:180</extracomment>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Saved the tally for %1, %2.</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:197</extracomment>
        <translation>Se guardó el recuento de %1, %2.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:201</extracomment>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <source>Item to tally</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:56</extracomment>
        <translation>Elemento para contar</translation>
    </message>
    <message>
        <source>Group to tally</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:60</extracomment>
        <translation>Grupo para contar</translation>
    </message>
    <message>
        <source>No group / everyone</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:61</extracomment>
        <translation>Sin grupo / todos</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:109</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Count for %1</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:119</extracomment>
        <translation>Cantidad para %1</translation>
    </message>
    <message>
        <source>Save tally</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:69</extracomment>
        <translation>Guardar recuento</translation>
    </message>
    <message>
        <source>Replaces the stored tally for this item and group</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:70</extracomment>
        <translation>Reemplaza el recuento guardado de este elemento y grupo</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:77</extracomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:78</extracomment>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Count hands or dots for one item and one group, then save. Saving again replaces the earlier count.</source>
        <extracomment>pe_desktop/ui/ballots/tally.py:84</extracomment>
        <translation>Cuente manos o puntos por elemento y grupo y guarde. Guardar de nuevo reemplaza el conteo anterior.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Action item</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:53</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:53</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:53, pe_desktop/ui/dialogs/trash.py:81</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Trash</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:75, pe_desktop/ui/dialogs/trash.py:76</extracomment>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>About the Trash</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:77</extracomment>
        <translation>Acerca de la papelera</translation>
    </message>
    <message>
        <source>Deleted sessions, notes and action items</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:79</extracomment>
        <translation>Sesiones, notas y acciones eliminadas</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:80</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Partnership</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:80</extracomment>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Title or text</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:80</extracomment>
        <translation>Título o texto</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:81</extracomment>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:94</extracomment>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:96</extracomment>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Restore the selected entries</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:99</extracomment>
        <translation>Restaurar lo seleccionado</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:100</extracomment>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Deleted sessions, notes and action items wait here until you empty the Trash. Select what to bring back and press Restore.</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:129</extracomment>
        <translation>Las sesiones, notas y acciones eliminadas esperan aquí hasta que vacíe la papelera. Seleccione lo que quiere recuperar y pulse Restaurar.</translation>
    </message>
    <message>
        <source>The Trash is empty. What you delete waits here until you empty the Trash.</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:133</extracomment>
        <translation>La papelera está vacía. Lo que elimine espera aquí hasta que vacíe la papelera.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:155</extracomment>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:168, pe_desktop/ui/dialogs/trash.py:172, pe_desktop/ui/dialogs/trash.py:174, pe_desktop/ui/dialogs/trash.py:185</extracomment>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Close the session consoles first: their Edit ▸ Undo may still need what is in the Trash.</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:169</extracomment>
        <translation>Cierre primero las consolas de sesión: su Editar ▸ Deshacer puede necesitar todavía lo que está en la papelera.</translation>
    </message>
    <message>
        <source>Remove the %1 entries in the Trash for good?</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:173</extracomment>
        <translation>¿Eliminar definitivamente los %1 elementos de la papelera?</translation>
    </message>
    <message>
        <source>A backup of the archive is taken first: File ▸ Restore from backup can bring them back. Edit ▸ Undo cannot.</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:175</extracomment>
        <translation>Antes se hace una copia de seguridad del archivo de sesiones: Archivo ▸ Restaurar una copia de seguridad puede recuperarlos. Editar ▸ Deshacer no puede.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:185</extracomment>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>A backup was taken first: %1</source>
        <extracomment>pe_desktop/ui/dialogs/trash.py:186</extracomment>
        <translation>Antes se hizo una copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>TrendWindow</name>
    <message>
        <source>Agreement and number of ratings per item and session</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:107</extracomment>
        <translation>Acuerdo y número de valoraciones por elemento y sesión</translation>
    </message>
    <message>
        <source>Sessions and stages</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:108</extracomment>
        <translation>Sesiones y etapas</translation>
    </message>
    <message>
        <source>Trend tables</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:109</extracomment>
        <translation>Tablas de la tendencia</translation>
    </message>
    <message>
        <source>&amp;Agreement and n</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:110</extracomment>
        <translation>A&amp;cuerdo y n</translation>
    </message>
    <message>
        <source>&amp;Medians (the chart as a table)</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:111</extracomment>
        <translation>&amp;Medianas (el gráfico como tabla)</translation>
    </message>
    <message>
        <source>&amp;Sessions and stages</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:112</extracomment>
        <translation>&amp;Sesiones y etapas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:114</extracomment>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the trend</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:114</extracomment>
        <translation>Actualizar la tendencia</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:116</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the trend window</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:116</extracomment>
        <translation>Cerrar la ventana de tendencias</translation>
    </message>
    <message>
        <source>no date</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:217, pe_desktop/ui/dialogs/trends.py:262</extracomment>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:228</extracomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>This item was not in the session&apos;s form</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:240</extracomment>
        <translation>Este elemento no estaba en el formulario de la sesión</translation>
    </message>
    <message>
        <source>Nobody rated this item in this session</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:243</extracomment>
        <translation>Nadie valoró este elemento en esta sesión</translation>
    </message>
    <message>
        <source>no ratings</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:243</extracomment>
        <translation>sin valoraciones</translation>
    </message>
    <message>
        <source>median %1 · %2 · n %3</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:246</extracomment>
        <translation>mediana %1 · %2 · n %3</translation>
    </message>
    <message>
        <source>Median %1, agreement (rwg) %2, %3 ratings</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:247</extracomment>
        <translation>Mediana %1, acuerdo (rwg) %2, %3 valoraciones</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:253</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Round shown</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:253</extracomment>
        <translation>Ronda mostrada</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:253</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:253</extracomment>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:253</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:254</extracomment>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Most ratings on an item</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:254</extracomment>
        <translation>Máximo de valoraciones en un elemento</translation>
    </message>
    <message>
        <source>Trends — %1</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:276</extracomment>
        <translation>Tendencias — %1</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:281</extracomment>
        <translation>, del %1 al %2</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:282</extracomment>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 session</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:282</extracomment>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>Median of each item, session by session (%1%2). Each session shows its last rated round.</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:284</extracomment>
        <translation>Mediana de cada elemento, sesión por sesión (%1%2). Cada sesión muestra su última ronda valorada.</translation>
    </message>
    <message>
        <source>This partnership has no sessions yet. Its trend appears here once its sessions are rated.</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:297</extracomment>
        <translation>Esta alianza todavía no tiene sesiones. Su tendencia aparecerá aquí cuando se valoren sus sesiones.</translation>
    </message>
    <message>
        <source>No session of this partnership has ratings yet, so there is nothing to draw.</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:299</extracomment>
        <translation>Ninguna sesión de esta alianza tiene valoraciones todavía, así que no hay nada que dibujar.</translation>
    </message>
    <message>
        <source>Only one session has ratings so far: a trend needs two. Its figures are shown as a single point; the lines appear after the next session.</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:301</extracomment>
        <translation>Hasta ahora solo una sesión tiene valoraciones y una tendencia necesita dos. Sus cifras se muestran como un solo punto; las líneas aparecerán después de la próxima sesión.</translation>
    </message>
    <message>
        <source>These sessions used different forms (%1). Items are compared by their key; an item missing from a form is a gap in its line.</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:304</extracomment>
        <translation>Estas sesiones usaron formularios distintos (%1). Los elementos se comparan por su clave; un elemento que falta en un formulario deja un hueco en su línea.</translation>
    </message>
    <message>
        <source>Trends</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:90</extracomment>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:62</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:63</extracomment>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Partnership</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:92</extracomment>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>What the trend covers</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:97</extracomment>
        <translation>Qué abarca la tendencia</translation>
    </message>
    <message>
        <source>Note about the trend</source>
        <extracomment>pe_desktop/ui/dialogs/trends.py:99</extracomment>
        <translation>Nota sobre la tendencia</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>%1 people</source>
        <extracomment>pe_desktop/ui/widgets/turnout.py:28</extracomment>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>1 person</source>
        <extracomment>pe_desktop/ui/widgets/turnout.py:28</extracomment>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 show-of-hands votes</source>
        <extracomment>pe_desktop/ui/widgets/turnout.py:29</extracomment>
        <translation>%1 votos a mano alzada</translation>
    </message>
    <message>
        <source>1 show-of-hands vote</source>
        <extracomment>pe_desktop/ui/widgets/turnout.py:29</extracomment>
        <translation>1 voto a mano alzada</translation>
    </message>
</context>
<context>
    <name>UndoSafety</name>
    <message>
        <source>Undo moves a note recorded during the live session to the Trash.</source>
        <extracomment>pe_desktop/ui/undo.py:101</extracomment>
        <translation>Deshacer mueve a la papelera una nota registrada durante la sesión en vivo.</translation>
    </message>
    <message>
        <source>Undo moves an action item recorded during the live session to the Trash.</source>
        <extracomment>pe_desktop/ui/undo.py:101</extracomment>
        <translation>Deshacer mueve a la papelera una acción registrada durante la sesión en vivo.</translation>
    </message>
    <message>
        <source>Undo removes %1 carried action item(s) edited since the review.</source>
        <extracomment>pe_desktop/ui/undo.py:101</extracomment>
        <translation>Deshacer elimina %1 acción(es) trasladada(s) que se modificaron después de la revisión.</translation>
    </message>
    <message>
        <source>Undo removes %1 participant(s) together with the ratings recorded for them.</source>
        <extracomment>pe_desktop/ui/undo.py:101</extracomment>
        <translation>Deshacer elimina %1 participante(s) junto con las valoraciones registradas para ellos.</translation>
    </message>
    <message>
        <source>Undo takes back a rating for “%1” recorded during the live session.</source>
        <extracomment>pe_desktop/ui/undo.py:101</extracomment>
        <translation>Deshacer retira una valoración de “%1” registrada durante la sesión en vivo.</translation>
    </message>
    <message>
        <source>Undo takes back show-of-hands votes for “%1” recorded during the live session.</source>
        <extracomment>pe_desktop/ui/undo.py:101</extracomment>
        <translation>Deshacer retira votos a mano alzada de “%1” registrados durante la sesión en vivo.</translation>
    </message>
    <message>
        <source>“%1” now holds what was recorded in it, so its creation can no longer be undone. To remove it, delete it: it goes to the Trash.</source>
        <extracomment>pe_desktop/ui/undo.py:101</extracomment>
        <translation>“%1” ya contiene lo que se registró en ella, así que su creación ya no se puede deshacer. Para quitarla, elimínela: irá a la papelera.</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>pe_desktop/ui/undo.py:193</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <extracomment>pe_desktop/ui/undo.py:200</extracomment>
        <translation>Deshacer de todos modos</translation>
    </message>
    <message>
        <source>Recorded data is not removed without asking. “Keep it” leaves everything as it is.</source>
        <extracomment>pe_desktop/ui/undo.py:201</extracomment>
        <translation>Nunca se eliminan datos registrados sin preguntar. “Conservar” deja todo como está.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <extracomment>pe_desktop/ui/undo.py:202</extracomment>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>VotingControl</name>
    <message>
        <source>&amp;Open voting</source>
        <extracomment>pe_desktop/ui/console/voting.py:46</extracomment>
        <translation>&amp;Abrir votación</translation>
    </message>
    <message>
        <source>Open voting on the current item (F6)</source>
        <extracomment>pe_desktop/ui/console/voting.py:47</extracomment>
        <translation>Abrir la votación del elemento actual (F6)</translation>
    </message>
    <message>
        <source>&amp;Close voting</source>
        <extracomment>pe_desktop/ui/console/voting.py:48</extracomment>
        <translation>&amp;Cerrar votación</translation>
    </message>
    <message>
        <source>Close voting on the current item (F7)</source>
        <extracomment>pe_desktop/ui/console/voting.py:49</extracomment>
        <translation>Cerrar la votación del elemento actual (F7)</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <extracomment>pe_desktop/ui/console/voting.py:50</extracomment>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <source>Show the results of the current item (F8)</source>
        <extracomment>pe_desktop/ui/console/voting.py:51</extracomment>
        <translation>Mostrar los resultados del elemento actual (F8)</translation>
    </message>
    <message>
        <source>Open &amp;all</source>
        <extracomment>pe_desktop/ui/console/voting.py:52</extracomment>
        <translation>Abrir to&amp;do</translation>
    </message>
    <message>
        <source>Open voting on every item not yet open</source>
        <extracomment>pe_desktop/ui/console/voting.py:53</extracomment>
        <translation>Abrir la votación de todos los elementos que aún no están abiertos</translation>
    </message>
    <message>
        <source>Close a&amp;ll</source>
        <extracomment>pe_desktop/ui/console/voting.py:54</extracomment>
        <translation>Cerrar t&amp;odo</translation>
    </message>
    <message>
        <source>Close voting on every open item</source>
        <extracomment>pe_desktop/ui/console/voting.py:55</extracomment>
        <translation>Cerrar la votación de todos los elementos abiertos</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <extracomment>pe_desktop/ui/console/voting.py:56</extracomment>
        <translation>Revelar todo</translation>
    </message>
    <message>
        <source>Show the results of every voted item</source>
        <extracomment>pe_desktop/ui/console/voting.py:57</extracomment>
        <translation>Mostrar los resultados de todos los elementos votados</translation>
    </message>
    <message>
        <source>Not changed</source>
        <extracomment>pe_desktop/ui/console/voting.py:83</extracomment>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Voting open</source>
        <extracomment>pe_desktop/ui/console/voting.py:93, pe_desktop/ui/console/voting.py:105</extracomment>
        <translation>Votación abierta</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <extracomment>pe_desktop/ui/console/voting.py:97, pe_desktop/ui/console/voting.py:109</extracomment>
        <translation>Votación cerrada</translation>
    </message>
    <message>
        <source>Revealed</source>
        <extracomment>pe_desktop/ui/console/voting.py:101, pe_desktop/ui/console/voting.py:113</extracomment>
        <translation>Revelado</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/ui/projector/pages.py:131</extracomment>
        <translation type="vanished">Elemento</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>pe_desktop/ui/projector/pages.py:132</extracomment>
        <translation type="vanished">Pregunta</translation>
    </message>
    <message>
        <source>How many have rated</source>
        <extracomment>pe_desktop/ui/projector/pages.py:133</extracomment>
        <translation type="vanished">Cuántas personas valoraron</translation>
    </message>
    <message>
        <source>Voting status</source>
        <extracomment>pe_desktop/ui/projector/pages.py:134</extracomment>
        <translation type="vanished">Estado de la votación</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/ui/projector/pages.py:140</extracomment>
        <translation type="vanished">No sé</translation>
    </message>
    <message>
        <source>Scale point {0}</source>
        <extracomment>pe_desktop/ui/projector/pages.py:143</extracomment>
        <translation type="vanished">Punto {0} de la escala</translation>
    </message>
    <message numerus="yes">
        <source>%n have rated</source>
        <extracomment>pe_desktop/ui/projector/pages.py:165</extracomment>
        <translation type="vanished">
            <numerusform>Ya valoró %n persona</numerusform>
            <numerusform>Ya valoraron %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting is open</source>
        <extracomment>pe_desktop/ui/projector/pages.py:167</extracomment>
        <translation type="vanished">La votación está abierta</translation>
    </message>
    <message>
        <source>Voting is closed</source>
        <extracomment>pe_desktop/ui/projector/pages.py:168</extracomment>
        <translation type="vanished">La votación está cerrada</translation>
    </message>
    <message>
        <source>Voting opens soon</source>
        <extracomment>pe_desktop/ui/projector/pages.py:169</extracomment>
        <translation type="vanished">La votación se abre pronto</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>n = {0}</source>
        <extracomment>pe_desktop/charts/bars.py:141</extracomment>
        <translation>n = {0}</translation>
    </message>
    <message>
        <source>not shown yet</source>
        <extracomment>pe_desktop/charts/bars.py:142, pe_desktop/charts/bars.py:154</extracomment>
        <translation>todavía no se muestra</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>pe_desktop/charts/bars.py:148, pe_desktop/charts/gap.py:86, pe_desktop/charts/shift.py:130, pe_desktop/charts/trend.py:97</extracomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>pe_desktop/charts/bars.py:148, pe_desktop/charts/dots.py:154</extracomment>
        <translation>No sé</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>pe_desktop/charts/bars.py:148</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>{0}: {1} % low, {2} % high, n {3}</source>
        <extracomment>pe_desktop/charts/bars.py:168</extracomment>
        <translation>{0}: {1} % bajo, {2} % alto, n {3}</translation>
    </message>
    <message>
        <source>Share of ratings per scale point for each item. </source>
        <extracomment>pe_desktop/charts/bars.py:172</extracomment>
        <translation>Proporción de valoraciones por punto de la escala en cada elemento. </translation>
    </message>
    <message>
        <source>All items</source>
        <extracomment>pe_desktop/charts/bars.py:34, pe_desktop/charts/bars.py:193</extracomment>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>median {0}</source>
        <extracomment>pe_desktop/charts/dots.py:128</extracomment>
        <translation>mediana {0}</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>pe_desktop/charts/dots.py:148</extracomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>pe_desktop/charts/dots.py:148</extracomment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>pe_desktop/charts/dots.py:148</extracomment>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>{0}: {1} ratings, {2} not sure.</source>
        <extracomment>pe_desktop/charts/dots.py:156</extracomment>
        <translation>{0}: {1} valoraciones, {2} no sé.</translation>
    </message>
    <message>
        <source>Median {0}, IQR {1} to {2}, agreement {3}.</source>
        <extracomment>pe_desktop/charts/dots.py:159</extracomment>
        <translation>Mediana {0}, RIC de {1} a {2}, acuerdo {3}.</translation>
    </message>
    <message>
        <source>Dots by group: {0}.</source>
        <extracomment>pe_desktop/charts/dots.py:166</extracomment>
        <translation>Puntos por grupo: {0}.</translation>
    </message>
    <message>
        <source>Score spread</source>
        <extracomment>pe_desktop/charts/dots.py:34, pe_desktop/charts/dots.py:188</extracomment>
        <translation>Reparto de puntajes</translation>
    </message>
    <message>
        <source>Power gap</source>
        <extracomment>pe_desktop/charts/gap.py:86, pe_desktop/charts/gap.py:109</extracomment>
        <translation>Brecha de poder</translation>
    </message>
    <message>
        <source>Community groups</source>
        <extracomment>pe_desktop/charts/gap.py:111</extracomment>
        <translation>Grupos comunitarios</translation>
    </message>
    <message>
        <source>Institution groups</source>
        <extracomment>pe_desktop/charts/gap.py:112</extracomment>
        <translation>Grupos institucionales</translation>
    </message>
    <message>
        <source>gap {0}</source>
        <extracomment>pe_desktop/charts/gap.py:81</extracomment>
        <translation>brecha {0}</translation>
    </message>
    <message>
        <source>Community mean</source>
        <extracomment>pe_desktop/charts/gap.py:86</extracomment>
        <translation>Media comunitaria</translation>
    </message>
    <message>
        <source>Institution mean</source>
        <extracomment>pe_desktop/charts/gap.py:86</extracomment>
        <translation>Media institucional</translation>
    </message>
    <message>
        <source>{0}: community {1}, institutions {2}, gap {3}</source>
        <extracomment>pe_desktop/charts/gap.py:89</extracomment>
        <translation>{0}: comunidad {1}, instituciones {2}, brecha {3}</translation>
    </message>
    <message>
        <source>no item has both community and institution groups large enough to show</source>
        <extracomment>pe_desktop/charts/gap.py:94</extracomment>
        <translation>ningún elemento tiene grupos comunitarios e institucionales lo bastante grandes para mostrarse</translation>
    </message>
    <message>
        <source>Power gap, community minus institution mean: </source>
        <extracomment>pe_desktop/charts/gap.py:95</extracomment>
        <translation>Brecha de poder, media comunitaria menos media institucional: </translation>
    </message>
    <message>
        <source>{0}  agreement {1}</source>
        <extracomment>pe_desktop/charts/shift.py:116</extracomment>
        <translation type="vanished">{0}  acuerdo {1}</translation>
    </message>
    <message>
        <source>Median round 1</source>
        <extracomment>pe_desktop/charts/shift.py:130</extracomment>
        <translation>Mediana ronda 1</translation>
    </message>
    <message>
        <source>Median round 2</source>
        <extracomment>pe_desktop/charts/shift.py:130</extracomment>
        <translation>Mediana ronda 2</translation>
    </message>
    <message>
        <source>Median shift</source>
        <extracomment>pe_desktop/charts/shift.py:130</extracomment>
        <translation>Cambio de mediana</translation>
    </message>
    <message>
        <source>Agreement (rwg) round 1</source>
        <extracomment>pe_desktop/charts/shift.py:131</extracomment>
        <translation>Acuerdo (rwg) ronda 1</translation>
    </message>
    <message>
        <source>Agreement (rwg) round 2</source>
        <extracomment>pe_desktop/charts/shift.py:131</extracomment>
        <translation>Acuerdo (rwg) ronda 2</translation>
    </message>
    <message>
        <source>Agreement shift</source>
        <extracomment>pe_desktop/charts/shift.py:131</extracomment>
        <translation>Cambio de acuerdo</translation>
    </message>
    <message>
        <source>{0}: median {1} to {2}</source>
        <extracomment>pe_desktop/charts/shift.py:139</extracomment>
        <translation>{0}: mediana de {1} a {2}</translation>
    </message>
    <message>
        <source>no item has results in both rounds yet</source>
        <extracomment>pe_desktop/charts/shift.py:143</extracomment>
        <translation>ningún elemento tiene todavía resultados en las dos rondas</translation>
    </message>
    <message>
        <source>Shift between rounds: </source>
        <extracomment>pe_desktop/charts/shift.py:144</extracomment>
        <translation>Cambio entre rondas: </translation>
    </message>
    <message>
        <source>Round shift</source>
        <extracomment>pe_desktop/charts/shift.py:158</extracomment>
        <translation>Cambio entre rondas</translation>
    </message>
    <message>
        <source>Round 1 median</source>
        <extracomment>pe_desktop/charts/shift.py:61</extracomment>
        <translation type="vanished">Mediana de la ronda 1</translation>
    </message>
    <message>
        <source>Round 2 median</source>
        <extracomment>pe_desktop/charts/shift.py:61</extracomment>
        <translation type="vanished">Mediana de la ronda 2</translation>
    </message>
    <message>
        <source>up {0}</source>
        <extracomment>pe_desktop/charts/shift.py:121</extracomment>
        <translation>sube {0}</translation>
    </message>
    <message>
        <source>down {0}</source>
        <extracomment>pe_desktop/charts/shift.py:123</extracomment>
        <translation>baja {0}</translation>
    </message>
    <message>
        <source>no change</source>
        <extracomment>pe_desktop/charts/shift.py:125</extracomment>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>pe_desktop/charts/dots.py:161, pe_desktop/charts/style.py:53</extracomment>
        <translation>de acuerdo</translation>
    </message>
    <message>
        <source>mixed</source>
        <extracomment>pe_desktop/charts/dots.py:161, pe_desktop/charts/style.py:53</extracomment>
        <translation>mixto</translation>
    </message>
    <message>
        <source>split</source>
        <extracomment>pe_desktop/charts/dots.py:161, pe_desktop/charts/style.py:53</extracomment>
        <translation>dividido</translation>
    </message>
    <message>
        <source>too few to tell</source>
        <extracomment>pe_desktop/charts/dots.py:161, pe_desktop/charts/style.py:53</extracomment>
        <translation>muy pocas para saber</translation>
    </message>
    <message>
        <source>Scale points</source>
        <extracomment>pe_desktop/charts/rows.py:52, pe_desktop/charts/rows.py:103</extracomment>
        <translation>Puntos de la escala</translation>
    </message>
    <message>
        <source>Round 1</source>
        <extracomment>pe_desktop/charts/shift.py:161</extracomment>
        <translation>Ronda 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <extracomment>pe_desktop/charts/shift.py:161</extracomment>
        <translation>Ronda 2</translation>
    </message>
    <message>
        <source>concern</source>
        <extracomment>pe_desktop/charts/style.py:57</extracomment>
        <translation>preocupación</translation>
    </message>
    <message>
        <source>strength</source>
        <extracomment>pe_desktop/charts/style.py:57</extracomment>
        <translation>fortaleza</translation>
    </message>
    <message>
        <source>watch</source>
        <extracomment>pe_desktop/charts/style.py:57</extracomment>
        <translation>atención</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>pe_desktop/charts/dots.py:142</extracomment>
        <translation>otros</translation>
    </message>
    <message>
        <source>Trend across sessions</source>
        <extracomment>pe_desktop/charts/trend.py:56</extracomment>
        <translation>Tendencia entre sesiones</translation>
    </message>
    <message>
        <source>{0}: median {1} first, {2} last</source>
        <extracomment>pe_desktop/charts/trend.py:104</extracomment>
        <translation>{0}: mediana {1} al principio, {2} al final</translation>
    </message>
    <message>
        <source>Median per item over {0} sessions. </source>
        <extracomment>pe_desktop/charts/trend.py:108</extracomment>
        <translation>Mediana por elemento en {0} sesiones. </translation>
    </message>
</context>
</TS>

import { Center } from '@mantine/core';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useMe, useSetupStatus } from '../api/hooks';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { LoginPage } from '../features/auth/LoginPage';
import { SetupPage } from '../features/auth/SetupPage';
import { SignupPage } from '../features/auth/SignupPage';
import { TasksPage } from '../features/follow-through/TasksPage';
import { ApprovalsPage } from '../features/gestures/ApprovalsPage';
import { SpendPage } from '../features/gestures/SpendPage';
import { MembersPage } from '../features/members/MembersPage';
import { PartiesPage } from '../features/parties/PartiesPage';
import { PlaybookEditorPage } from '../features/playbooks/PlaybookEditorPage';
import { PlaybooksPage } from '../features/playbooks/PlaybooksPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SurveyPage } from '../features/surveys/SurveyPage';
import { InboxPage } from '../features/situations/InboxPage';
import { SituationPage } from '../features/situations/SituationPage';
import { AppLayout } from './AppLayout';
import { Loading } from './Loading';

function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loading label="Loading" />
    </Center>
  );
}

/** Routes that need a signed-in member; everyone else goes to setup (first run) or login. */
function Authenticated() {
  const me = useMe();
  const status = useSetupStatus();
  const location = useLocation();
  if (me.isPending || status.isPending) return <FullPageLoader />;
  if (status.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (!me.data)
    return (
      <Navigate
        to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  return <AppLayout me={me.data} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/setup" element={<SetupPage />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/signup" element={<SignupPage />} />
      <Route path="/invite/:token" element={<AcceptInvitePage />} />
      <Route path="/survey/:token" element={<SurveyPage />} />
      <Route element={<Authenticated />}>
        <Route path="/" element={<InboxPage />} />
        <Route path="/situations/:id" element={<SituationPage />} />
        <Route path="/tasks" element={<TasksPage />} />
        <Route path="/parties" element={<PartiesPage />} />
        <Route path="/team" element={<MembersPage />} />
        <Route path="/approvals" element={<ApprovalsPage />} />
        <Route path="/spend" element={<SpendPage />} />
        <Route path="/playbooks" element={<PlaybooksPage />} />
        <Route path="/playbooks/:id" element={<PlaybookEditorPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
